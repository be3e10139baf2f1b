@echo off
rem Starts the Wirebench workbench: wirebench.cmd [CAPTURE...] opens the captures named.
rem WIREBENCH_DATA: the workspace folder (default %USERPROFILE%\.wirebench\workspace); WIREBENCH_VMARGS: JVM options.
setlocal
set "HERE=%~dp0"
call "%HERE%lib\find-java.cmd" wirebench || exit /b 1
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined WIREBENCH_DATA set "WIREBENCH_DATA=%USERPROFILE%\.wirebench\workspace"
"%JAVA%" --enable-native-access=ALL-UNNAMED %WIREBENCH_VMARGS% -jar "%LAUNCHER%" -install "%HERE%." -data "%WIREBENCH_DATA%" -nosplash %*
