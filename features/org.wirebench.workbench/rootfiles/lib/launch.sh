# Sourced by the `wirebench` and `wb` launchers: finds the product folder and a Java 21 or newer.
# Reads the JDK's `release` file instead of running `java -version`, which would cost a JVM start.

WB_HOME=$(dirname "$(readlink -f "$0")")

java_major() {
    sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}

find_java() {
    path_java=$(command -v java 2>/dev/null) && path_java=$(dirname "$(dirname "$(readlink -f "$path_java")")")
    for home in "${JAVA_HOME:-}" "$path_java" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
                /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
        major=$(java_major "$home")
        if [ "${major:-0}" -ge 21 ]; then
            JAVA="$home/bin/java"
            return 0
        fi
    done
    echo "$(basename "$0"): no Java 21 or newer found (looked at JAVA_HOME${JAVA_HOME:+=$JAVA_HOME}, java on PATH," \
         "/usr/lib/jvm, /usr/java, /opt/java, /opt/jdk*); install a JDK 21+ and set JAVA_HOME to it" >&2
    exit 1
}

find_java
