#!/usr/bin/env bash
# Gradescope image setup (runs once, as root, on Gradescope's Ubuntu base image).
# Installs the .NET 10 runtime, the built virtlab tool into /opt/virtlab (readable by all), the instructor
# notebook into /opt/virtlab/assignment (root only), and the unprivileged user 'student' that runs submissions.
set -euo pipefail
source_dir="${AUTOGRADER_ROOT:-/autograder}/source"
home="${VIRTLAB_HOME:-/opt/virtlab}"

if ! command -v dotnet >/dev/null 2>&1; then
    apt-get update
    apt-get install -y --no-install-recommends ca-certificates curl libicu-dev util-linux
    curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
    bash /tmp/dotnet-install.sh --channel 10.0 --runtime dotnet --install-dir /usr/share/dotnet
    ln -sf /usr/share/dotnet/dotnet /usr/bin/dotnet
fi

id student >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin student

mkdir -p "$home"
cp -r "$source_dir/artifacts" "$home/"
chmod -R a+rX "$home"
install -d -m 700 "$home/assignment"
cp "$source_dir"/assignment/*.instructor.ipynb "$home/assignment/"
chmod 600 "$home"/assignment/*.instructor.ipynb
