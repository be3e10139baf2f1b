@echo off
rem Called by wirebench.cmd and wb.cmd: sets JAVA to a Java 21 or newer (JAVA_HOME first, then java on
rem the PATH), reading the JDK's release file instead of starting a JVM. %1 is the caller's name.
if defined JAVA_HOME call :check "%JAVA_HOME%" && exit /b 0
for /f "delims=" %%j in ('where java 2^>nul') do call :check "%%~dpj.." && exit /b 0
echo %~1: no Java 21 or newer found (looked at JAVA_HOME and java on the PATH); install a JDK 21+ and set JAVA_HOME to it 1>&2
exit /b 1

:check
if not exist "%~1\bin\java.exe" exit /b 1
findstr /r /c:"^JAVA_VERSION=\"2[1-9]" /c:"^JAVA_VERSION=\"[3-9][0-9]" "%~1\release" >nul 2>&1 || exit /b 1
set "JAVA=%~1\bin\java.exe"
exit /b 0
