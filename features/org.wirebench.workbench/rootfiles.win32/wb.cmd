@echo off
rem wb: Wirebench's headless batch command line; wb --help lists its options. Starts a lean OSGi
rem framework with only the engine's bundles; its cache and a class-data-sharing archive live in
rem %LOCALAPPDATA%\wirebench so that every start after the first reuses them.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
call "%HERE%lib\find-java.cmd" wb || exit /b 1
set "BUNDLES=org.eclipse.equinox.common@2:start,org.eclipse.equinox.registry,org.eclipse.equinox.app@start"
set "KEY=wb"
for %%f in ("%HERE%plugins\*") do (
    for /f "tokens=1 delims=_" %%n in ("%%~nxf") do (
        set "NAME=%%n"
        if "%%n"=="org.eclipse.equinox.launcher" set "LAUNCHER=%%f"
        if "%%n"=="org.wirebench.batch" set "KEY=%%~nf"
        if "%%n"=="com.sun.jna" set "BUNDLES=!BUNDLES!,%%n"
        if "!NAME:~0,14!"=="org.wirebench." if not "%%n"=="org.wirebench.app" if not "!NAME:~0,16!"=="org.wirebench.ui" set "BUNDLES=!BUNDLES!,%%n"
    )
)
set "CACHE=%LOCALAPPDATA%\wirebench\%KEY%"
if not exist "%CACHE%" mkdir "%CACHE%"
"%JAVA%" -Xshare:auto -XX:SharedArchiveFile="%CACHE%\wb.jsa" -XX:+AutoCreateSharedArchive -Xlog:disable -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED %WB_VMARGS% -Dosgi.instance.area=@none -Dosgi.user.area=@none -Dosgi.noShutdown=false -Dosgi.bundles=!BUNDLES! -Dosgi.bundles.defaultStartLevel=4 -cp "%LAUNCHER%" org.eclipse.equinox.launcher.Main -install "%HERE%." -configuration "%CACHE%\configuration" -application org.wirebench.batch.wb %*
exit /b %ERRORLEVEL%
