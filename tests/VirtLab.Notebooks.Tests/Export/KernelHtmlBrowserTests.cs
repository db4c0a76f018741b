using System.Diagnostics;
using Microsoft.Playwright;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Export;

/// <summary>
/// Runs the chart test notebook in the real .NET Interactive kernel (nbclient), renders it with nbconvert as a
/// Jupyter user would share it, and opens that HTML in the system Chromium with the network blocked: every chart
/// must draw from the plotly.js inlined in the first chart output, and no request may leave the machine.
/// </summary>
public sealed class KernelHtmlBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private const string RunAndConvert = """
import sys, nbformat
from nbclient import NotebookClient
from nbconvert import HTMLExporter
source, folder, raw, shared = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
nb = nbformat.read(source, as_version=4)
NotebookClient(nb, kernel_name=".net-csharp", timeout=300, startup_timeout=300, resources={"metadata": {"path": folder}}).execute()
open(raw, "w", encoding="utf-8").write(HTMLExporter().from_notebook_node(nb)[0])
# The kernel's own bootstrap output (first cell) loads require.js from a CDN; drop it as a notebook shared offline would.
for cell in nb.cells:
    cell["outputs"] = [o for o in cell.get("outputs", []) if "dotnet-interactive-this-cell" not in "".join(o.get("data", {}).get("text/html", ""))]
open(shared, "w", encoding="utf-8").write(HTMLExporter().from_notebook_node(nb)[0])
""";

    [Fact]
    public async Task Charts_of_a_notebook_run_in_the_real_kernel_draw_offline_in_its_nbconvert_html()
    {
        if (Environment.GetEnvironmentVariable("VIRTLAB_SKIP_KERNEL") == "1")
        {
            return;
        }

        var kernelSpec = Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "/root", ".local/share/jupyter/kernels/.net-csharp/kernel.json");
        Assert.True(File.Exists(kernelSpec), $"The real kernel is not installed ({kernelSpec} is missing): run environment/kernel.sh, or set VIRTLAB_SKIP_KERNEL=1 to skip.");
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install it with 'apt-get install -y chromium'.");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var temp = new TempFolder();
        var script = temp.File("run.py");
        File.WriteAllText(script, RunAndConvert);
        var raw = temp.File("charts-raw.html");
        var html = temp.File("charts.html");

        var python = Process.Start(new ProcessStartInfo("/usr/bin/python3", [script, Repo.TestNotebook("charts"), Repo.TestNotebooks, raw, html])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var stderr = python.StandardError.ReadToEndAsync();
        _ = python.StandardOutput.ReadToEndAsync();
        await python.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        Assert.True(python.ExitCode == 0, "nbclient/nbconvert failed: " + await stderr);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });

        // As shared (the kernel's bootstrap output removed): every chart draws, nothing leaves the machine.
        var (errors, external) = await OpenAsync(browser, html);
        Assert.Empty(errors);
        Assert.Empty(external);
        Assert.Equal(1, CountOf(await File.ReadAllTextAsync(html), "plotly.js v2.28.0"));

        // As the kernel wrote it: the charts still draw, and the only request out is the kernel's own require.js.
        (errors, external) = await OpenAsync(browser, raw);
        Assert.Empty(errors);
        Assert.All(external, url => Assert.StartsWith("https://cdnjs.cloudflare.com/ajax/libs/require.js/", url, StringComparison.Ordinal));
    }

    private static async Task<(List<string> Errors, List<string> External)> OpenAsync(IBrowser browser, string file)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        var external = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                external.Add(route.Request.Url);
                await route.AbortAsync();
            }
        });

        await page.GotoAsync(new Uri(file).AbsoluteUri);
        var charts = page.Locator(".virtlab-chart");
        Assert.Equal(3, await charts.CountAsync());
        for (var i = 0; i < 3; i++)
        {
            // Drew: the SVG has a trace (or a heatmap image) and the text fallback is hidden.
            await charts.Nth(i).Locator(".main-svg .trace, .main-svg .hm image").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            Assert.False(await charts.Nth(i).Locator(".virtlab-chart-fallback").IsVisibleAsync());
        }

        await page.CloseAsync();
        return (errors, external);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
