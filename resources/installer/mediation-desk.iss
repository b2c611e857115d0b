; Inno Setup 6 script: wraps the one-folder bundle (dist\mediation-desk, from `pyinstaller build.spec`) into
; dist\MediationDesk-<version>-setup.exe. Build it with make_installer.py, which reads the version from pyproject.toml:
;   py -3.11 resources\installer\make_installer.py
; (it runs: iscc /DAppVersion=<version> /DBundleDir=<...\dist\mediation-desk> resources\installer\mediation-desk.iss)
;
; Languages: English (compiler:Default.isl, shipped with Inno Setup). Inno Setup's Chinese (Simplified) translation
; is an unofficial one and is not shipped with it; to offer it, put ChineseSimplified.isl next to this file and add
;   Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
; under [Languages]. The program itself is in Chinese whatever the installer's language.

#ifndef AppVersion
  #error AppVersion is not defined: build with make_installer.py, which reads it from pyproject.toml
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\mediation-desk"
#endif
#define AppName "Mediation Desk"
#define AppExe "mediation-desk.exe"

[Setup]
; A fixed AppId: a newer version installs over the older one (same folder, same uninstaller entry).
AppId={{E7FF5D67-FAFB-575F-A1A9-4C7BEEC65FC1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=MediationDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; A desk PC's user without administrator rights may install for themselves only.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=MediationDesk-{#AppVersion}-setup
SetupIconFile=mediation-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; Everything the bundle holds, and nothing else: the program never writes next to its executables.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only the files listed under [Files] and the shortcuts. It KEEPS the user's data: the
; database, attachments and backups in {userappdata}\MediationDesk\MediationDesk (or the folder set in the settings)
; and the settings in the registry (HKCU\Software\MediationDesk). There is deliberately no [UninstallDelete] section
; and no [Code] that deletes files: never add one that touches {userappdata} - case files must outlive the program.
