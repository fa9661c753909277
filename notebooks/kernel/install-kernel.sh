#!/usr/bin/env bash
# Installs what the notebooks need, project-locally (nothing under ~): Debian's Jupyter (the classic notebook server,
# nbconvert, nbclient), the rapaio Java kernel from Maven Central as kernelspec `java-spark` under target/jupyter, and
# the project's jars plus every dependency (Spark, Delta, xchart) under target/nb-libs, which the kernel puts on its
# class path at start (RJK_CLASSPATH), so no notebook loads jars itself and no cell prints 246 "Add … to classpath".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD
KERNEL_VERSION=3.0.1

if [ ! -x /usr/bin/jupyter-nbconvert ] || [ ! -x /usr/bin/jupyter-notebook ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    jupyter-notebook jupyter-nbconvert jupyter-client python3-nbclient python3-ipykernel >/dev/null
fi

KDIR=$ROOT/target/jupyter/kernels/java-spark
mkdir -p "$KDIR/conf"
if [ ! -f "$KDIR/rapaio-jupyter-kernel-$KERNEL_VERSION.jar" ]; then
  mvn -q -B dependency:copy -Dartifact=io.github.padreati:rapaio-jupyter-kernel:$KERNEL_VERSION \
      -DoutputDirectory="$KDIR"
fi
cp notebooks/kernel/conf/* "$KDIR/conf/"
cp conf/spark-jvm.args "$KDIR/conf/"   # the one list of Spark's JVM options
sed -e "s/@KERNEL_VERSION@/$KERNEL_VERSION/g" -e "s|@NB_LIBS@|$ROOT/target/nb-libs|g" notebooks/kernel/kernel.json.in > "$KDIR/kernel.json"

# The project's jars and all their dependencies: Spark is "provided" and log4j-core "runtime", so only the
# test scope has them all.
mvn -q -B -DskipTests package dependency:copy-dependencies -pl jobs -am -DincludeScope=test \
    -DoutputDirectory=target/nb-libs
cp jobs/target/jobs-*-SNAPSHOT.jar jobs/target/nb-libs/ 2>/dev/null || cp jobs/target/jobs-*.jar jobs/target/nb-libs/
rm -f jobs/target/nb-libs/*-cluster.jar
mkdir -p target
rm -rf target/nb-libs && mv jobs/target/nb-libs target/nb-libs
echo "kernel java-spark installed in $KDIR; $(ls target/nb-libs | wc -l) jars in target/nb-libs"
