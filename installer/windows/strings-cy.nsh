; ============================================================================================
; WELSH (Cymraeg): FOR A WELSH TRANSLATOR
; Each sentence below is still in ENGLISH, waiting for a proper Welsh translation; none has
; been machine-made or guessed. Replace the text between the quotes, keep $\r$\n (line
; breaks), $LOCALAPPDATA and the trailing backslashes (line continuations) as they are.
; The standard pages (Nesaf, Diddymu, ...) already come in Welsh from NSIS's Welsh.nsh.
; ============================================================================================

LangString WelcomeText ${LANG_WELSH} "This will put GrantDesk on this computer for you \
(no administrator needed).$\r$\n$\r$\nIf GrantDesk is already here, it is updated and all \
your applications are kept.$\r$\n$\r$\nClick Next to carry on."
LangString ProgramSection ${LANG_WELSH} "GrantDesk"
LangString ProgramSectionDescription ${LANG_WELSH} "The GrantDesk program and a Start menu \
shortcut."
LangString DesktopSection ${LANG_WELSH} "Desktop shortcut"
LangString DesktopSectionDescription ${LANG_WELSH} "A GrantDesk icon on the desktop."
LangString DataKeptText ${LANG_WELSH} "Your applications are not removed. They stay in \
$LOCALAPPDATA\GrantDesk, ready if GrantDesk is put back. To remove them too, delete that \
folder after copying anything you want to keep."
LangString CloseFirstText ${LANG_WELSH} "GrantDesk is open. Please close it (your work is \
saved as you type), then click Retry."
