using System.Diagnostics;
using Docker.DotNet;
using VirtLab.Containers;
using VirtLab.Containers.Lab;

namespace VirtLab.Setup;

/// <summary>Checks what the course needs on this machine: .NET, the Docker engine, the lab image and the optional tools.</summary>
public static class EnvironmentCheck
{
    /// <summary>Runs every check, one item per requirement, required ones first.</summary>
    /// <param name="repositoryRoot">The course checkout (for the offline plotly.js); default: found upward from the working directory.</param>
    /// <param name="cancellationToken">Cancels the checks.</param>
    public static async Task<IReadOnlyList<EnvironmentCheckItem>> RunAsync(string? repositoryRoot = null, CancellationToken cancellationToken = default)
    {
        repositoryRoot ??= FindRepositoryRoot();
        var results = new List<EnvironmentCheckItem>
        {
            new(".NET", true, $"runtime {Environment.Version}, SDK {await OutputOfAsync("dotnet", "--version", cancellationToken) ?? "not found"}", null, true),
        };

        DockerClient? client = null;
        var engineOk = false;
        try
        {
            client = await DockerConnection.ConnectAsync(cancellationToken: cancellationToken);
            var version = await client.System.GetVersionAsync(cancellationToken);
            var info = await client.System.GetSystemInfoAsync(cancellationToken);
            engineOk = true;
            results.Add(new("Docker engine", true,
                $"{version.Version} at {client.Options.Endpoint}, API {version.APIVersion} (using {client.Options.ApiVersion}), cgroup v{info.CgroupVersion}, storage {info.Driver}, {info.NCPU} CPUs",
                null, true));
        }
        catch (Exception ex) when (ex is DockerUnreachableException or DockerApiException or NotSupportedException or TimeoutException)
        {
            results.Add(new("Docker engine", false, ex is DockerApiException ? DockerErrors.Explain(ex) : ex.Message, "run environment/setup.sh (installs and starts dockerd), or start Docker and set DOCKER_HOST", true));
        }

        if (engineOk && client is not null)
        {
            var present = await LabImage.ExistsAsync(client, cancellationToken);
            results.Add(new("Lab image", present, present ? LabImage.Name : $"{LabImage.Name} is missing", "run ./virtlab lab build (or environment/setup.sh)", true));
        }
        else
        {
            results.Add(new("Lab image", false, "unknown: the engine is not reachable", "start the engine first", true));
        }

        client?.Dispose();

        string? busybox = null;
        try
        {
            busybox = LabImage.FindStaticBusybox();
        }
        catch (FileNotFoundException)
        {
        }

        results.Add(new("Static busybox", busybox is not null, busybox ?? "not found", "apt-get install busybox-static", false));

        var chromium = FindOnPath("chromium") ?? FindOnPath("chromium-browser") ?? FindOnPath("google-chrome");
        results.Add(new("Chromium (browser tests)", chromium is not null, chromium ?? "not found", "apt-get install chromium", false));

        var nbformat = await OutputOfAsync("/usr/bin/python3", "-c \"import nbformat; print(nbformat.__version__)\"", cancellationToken);
        results.Add(new("nbformat validator", nbformat is not null, nbformat is null ? "python3-nbformat not importable by /usr/bin/python3" : $"nbformat {nbformat}", "apt-get install python3-nbformat", false));

        var qemu = FindOnPath("qemu-system-x86_64");
        var qemuImg = FindOnPath("qemu-img");
        var kernel = Directory.Exists("/boot") ? Directory.GetFiles("/boot", "vmlinuz-*").OrderDescending().FirstOrDefault() : null;
        results.Add(new("QEMU (VM lesson)", qemu is not null && qemuImg is not null && kernel is not null,
            $"{qemu ?? "qemu-system-x86_64 missing"}, {qemuImg ?? "qemu-img missing"}, kernel {kernel ?? "missing"}",
            "apt-get install qemu-system-x86 qemu-utils linux-image-amd64", false));

        var plotly = Path.Combine(repositoryRoot, "environment", "node_modules", "plotly.js-dist-min", "plotly.min.js");
        results.Add(new("plotly.js (offline charts)", File.Exists(plotly), File.Exists(plotly) ? plotly : "not installed", "run environment/setup.sh (npm install in environment/)", false));
        return results;
    }

    /// <summary>The course checkout: the first folder holding <c>VirtLab.sln</c> above the working directory or above the tool's own location; else the working directory.</summary>
    public static string FindRepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "VirtLab.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return Environment.CurrentDirectory;
    }

    /// <summary>The full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? FindOnPath(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static async Task<string?> OutputOfAsync(string program, string arguments, CancellationToken cancellationToken)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(20));
            var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or OperationCanceledException or InvalidOperationException)
        {
            return null;
        }
    }
}
