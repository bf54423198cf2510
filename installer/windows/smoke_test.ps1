# Try the Windows build as a volunteer's PC would meet it. Run after build_windows.ps1:
#   powershell -ExecutionPolicy Bypass -File installer\windows\smoke_test.ps1
#
# 1. The frozen folder: demo, list and pdf with grantdesk-cli.exe; the window (GrantDesk.exe)
#    opened, found on screen, and closed as a person would (WM_CLOSE), exiting cleanly.
# 2. The installer, silently: install, install again over it (an upgrade in place), check the
#    Start menu shortcut, run the installed program, uninstall, and check the data folder and
#    the work in it are still there.
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")
$version = (Select-String -Path pyproject.toml -Pattern '^version = "(.+)"').Matches[0].Groups[1].Value
$folder = "$PWD\dist\GrantDesk"
$work = Join-Path ([IO.Path]::GetTempPath()) "grantdesk-smoke"
Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue
New-Item -ItemType Directory $work | Out-Null

function Step([string]$Text) { Write-Output "`n== $Text" }
function Check([bool]$Condition, [string]$Failure) { if (-not $Condition) { throw $Failure } }
function Run-Cli([string]$Exe, [string[]]$Arguments) {
    $output = & $Exe @Arguments 2>&1 | Out-String
    Write-Host $output.TrimEnd()
    Check ($LASTEXITCODE -eq 0) "$Exe $Arguments failed (exit $LASTEXITCODE)"
    return $output
}
function Open-And-Close-Window([string]$Exe, [string[]]$Arguments) {
    $start = @{ FilePath = $Exe; PassThru = $true }
    if ($Arguments.Count -gt 0) {  # Start-Process refuses an empty list, and does not quote
        $start.ArgumentList = ($Arguments | ForEach-Object { '"' + $_ + '"' }) -join " "
    }
    $process = Start-Process @start
    $deadline = (Get-Date).AddSeconds(60)
    while ($process.MainWindowHandle -eq 0 -and -not $process.HasExited -and (Get-Date) -lt $deadline) {
        Start-Sleep -Milliseconds 250
        $process.Refresh()
    }
    Check (-not $process.HasExited) "The window closed by itself (exit $($process.ExitCode))"
    Check ($process.MainWindowHandle -ne 0) "No window appeared within 60 seconds"
    Write-Output "Window open: '$($process.MainWindowTitle)'"
    Start-Sleep -Seconds 3  # let it open the data folder and list the applications
    Check ($process.CloseMainWindow()) "The window did not accept being closed"
    Check ($process.WaitForExit(30000)) "The window did not close within 30 seconds"
    Check ($process.ExitCode -eq 0) "The window exited with $($process.ExitCode)"
    Write-Output "Window closed, exit code 0"
}

Step "The frozen folder: demo, list, pdf"
$data = "$work\data"
$cli = "$folder\grantdesk-cli.exe"
$said = Run-Cli $cli @("demo", "--data-dir", $data)
Check ($said -match "Added the example group") "demo did not add the example"
$said = Run-Cli $cli @("list", "--data-dir", $data)
Check ($said -match "Friday Night Safe Space") "list did not show the example"
Run-Cli $cli @("pdf", "1", "-o", "$work\application.pdf", "--data-dir", $data) | Out-Null
$pdf = Get-Item "$work\application.pdf"
Check ($pdf.Length -gt 20000) "The PDF is too small ($($pdf.Length) bytes)"
Write-Output "PDF: $($pdf.Length) bytes"

Step "The frozen folder: the window"
Open-And-Close-Window "$folder\GrantDesk.exe" @("--data-dir", $data)
$log = Get-Content "$data\grantdesk.log" -Raw
Check (-not ($log -match " (ERROR|CRITICAL) ")) "The log has errors:`n$log"

Step "Installing (silently), then installing again over it"
$setup = "$PWD\dist\GrantDesk-$version-setup.exe"
$installed = "$env:LOCALAPPDATA\Programs\GrantDesk"
$userData = "$env:LOCALAPPDATA\GrantDesk"
foreach ($round in 1, 2) {
    $run = Start-Process -FilePath $setup -ArgumentList "/S" -PassThru -Wait
    Check ($run.ExitCode -eq 0) "Setup round $round exited with $($run.ExitCode)"
    Check (Test-Path "$installed\GrantDesk.exe") "GrantDesk.exe is not in $installed"
    if ($round -eq 1) {
        Run-Cli "$installed\grantdesk-cli.exe" @("demo") | Out-Null
    }
}
$shortcut = "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\GrantDesk.lnk"
Check (Test-Path $shortcut) "No Start menu shortcut at $shortcut"
$key = "HKCU:\Software\Microsoft\Windows\CurrentVersion\Uninstall\GrantDesk"
Check ((Get-ItemProperty $key).DisplayVersion -eq $version) "Apps & features does not show $version"
Run-Cli "$installed\grantdesk-cli.exe" @("list") | Out-Null
Open-And-Close-Window "$installed\GrantDesk.exe" @()

Step "Uninstalling (silently)"
$run = Start-Process -FilePath "$installed\Uninstall GrantDesk.exe" -ArgumentList "/S", "_?=$installed" -PassThru -Wait
Check ($run.ExitCode -eq 0) "The uninstaller exited with $($run.ExitCode)"
Check (-not (Test-Path "$installed\GrantDesk.exe")) "GrantDesk.exe is still there"
Check (-not (Test-Path $shortcut)) "The Start menu shortcut is still there"
Check (Test-Path "$userData\grantdesk.sqlite3") "The data folder $userData has gone"
Write-Output "The data folder is still there after uninstalling:"
Get-ChildItem $userData | Format-Table Name, Length -AutoSize | Out-String | Write-Output

Step "Sizes"
$folderMB = [math]::Round((Get-ChildItem $folder -Recurse -File | Measure-Object Length -Sum).Sum / 1MB, 1)
$setupMB = [math]::Round((Get-Item $setup).Length / 1MB, 1)
Write-Output "Folder: $folderMB MB; installer: $setupMB MB"
Write-Output "`nAll smoke tests passed."
