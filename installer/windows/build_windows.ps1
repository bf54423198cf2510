# Build GrantDesk for Windows from the locked versions (installer/requirements.lock):
#   dist\GrantDesk\                      the one-folder program (GrantDesk.exe, grantdesk-cli.exe)
#   dist\GrantDesk-VERSION-setup.exe     the per-user installer (NSIS)
#
# Needs Python 3.11 (the py launcher) and NSIS 3 (makensis on PATH or in Program Files).
# From the repository, in PowerShell:
#   powershell -ExecutionPolicy Bypass -File installer\windows\build_windows.ps1 [-SkipSetup]
# The build venv (build\venv) is made once and reused; delete it to start afresh.
param([switch]$SkipSetup)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

function Invoke-Checked {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program failed (exit $LASTEXITCODE)" }
}

$venv = "build\venv"
$python = "$venv\Scripts\python.exe"
if (-not (Test-Path "$venv\Scripts\pyinstaller.exe")) {
    if (Get-Command py -ErrorAction SilentlyContinue) {
        Invoke-Checked py @("-3.11", "-m", "venv", $venv)
    } else {
        Invoke-Checked python @("-m", "venv", $venv)  # must be 3.11, as the lock is
    }
    Invoke-Checked $python @("-m", "pip", "install", "-q", "--disable-pip-version-check",
        "--require-hashes", "--no-deps", "-r", "installer\requirements.lock")
}
# GrantDesk itself, as a plain (non-editable) install, built with the locked setuptools.
Invoke-Checked $python @("-m", "pip", "install", "-q", "--disable-pip-version-check",
    "--no-deps", "--no-build-isolation", "--force-reinstall", ".")
Invoke-Checked "$venv\Scripts\pyinstaller.exe" @("--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "installer\grantdesk.spec")

$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
$folderMB = [math]::Round((Get-ChildItem dist\GrantDesk -Recurse -File | Measure-Object Length -Sum).Sum / 1MB, 1)
Write-Output "Built dist\GrantDesk ($folderMB MB), version $version"

if (-not $SkipSetup) {
    $makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
    if (-not $makensis) { $makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
    $setup = "$PWD\dist\GrantDesk-$version-setup.exe"
    Invoke-Checked $makensis @("/V2", "/WX", "/DVERSION=$version", "/DSOURCE=$PWD\dist\GrantDesk",
        "/DOUTFILE=$setup", "/DROOT=$PWD", "installer\windows\grantdesk.nsi")
    $setupMB = [math]::Round((Get-Item $setup).Length / 1MB, 1)
    Write-Output "Built $setup ($setupMB MB)"
}
