; The installer's own sentences in English. The standard pages (Next, Cancel, ...) come from
; NSIS's English language file.

LangString WelcomeText ${LANG_ENGLISH} "This will put GrantDesk on this computer for you \
(no administrator needed).$\r$\n$\r$\nIf GrantDesk is already here, it is updated and all \
your applications are kept.$\r$\n$\r$\nClick Next to carry on."
LangString ProgramSection ${LANG_ENGLISH} "GrantDesk"
LangString ProgramSectionDescription ${LANG_ENGLISH} "The GrantDesk program and a Start menu \
shortcut."
LangString DesktopSection ${LANG_ENGLISH} "Desktop shortcut"
LangString DesktopSectionDescription ${LANG_ENGLISH} "A GrantDesk icon on the desktop."
LangString DataKeptText ${LANG_ENGLISH} "Your applications are not removed. They stay in \
$LOCALAPPDATA\GrantDesk, ready if GrantDesk is put back. To remove them too, delete that \
folder after copying anything you want to keep."
LangString CloseFirstText ${LANG_ENGLISH} "GrantDesk is open. Please close it (your work is \
saved as you type), then click Retry."
