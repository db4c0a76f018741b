using Microsoft.Playwright;
using VirtLab.Notebooks.Tests.TestSupport;

namespace VirtLab.Notebooks.Tests.Export;

/// <summary>Opens the exported HTML in the system Chromium (never a downloaded browser) and checks that every chart draws offline.</summary>
public sealed class HtmlExportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Every_chart_draws_offline_without_console_errors()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Fail($"{Chromium} is missing: install it with 'apt-get install -y chromium'.");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var temp = new TempFolder();
        await HtmlExporterTests.ExportChartsAsync(temp.Path);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        var external = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
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

        await page.GotoAsync(new Uri(temp.File("charts.html")).AbsoluteUri);
        var charts = page.Locator(".plotly-chart");
        Assert.Equal(3, await charts.CountAsync());
        for (var i = 0; i < 3; i++)
        {
            await charts.Nth(i).Locator(".main-svg .trace, .main-svg .hm image").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            Assert.False(await charts.Nth(i).Locator("xpath=following-sibling::pre[@class='chart-fallback']").IsVisibleAsync());
        }

        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "charts.png"), FullPage = true });

        Assert.Empty(errors);
        Assert.Empty(external);
        Assert.Equal("Gantt", await charts.Nth(1).Locator(".gtitle").TextContentAsync());
    }

    [Fact]
    public async Task Chart_html_outputs_draw_with_the_network_blocked_from_one_inlined_plotly()
    {
        // What VS Code and Jupyter show: the charts' text/html outputs alone, plotly.js inlined in the first one only.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var temp = new TempFolder();
        var first = VirtLab.Charts.Chart.Bar(["a", "b"], [1, 2], title: "First");
        var second = Plotly.NET.CSharp.Chart.Line<double, double, string>(new double[] { 0, 1 }, new double[] { 1, 0 });
        File.WriteAllText(temp.File("output.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
            + VirtLab.Charts.ChartFormatter.Html(second, includePlotlyJs: false)
            + VirtLab.Charts.ChartFormatter.Html(first, includePlotlyJs: true) + "</body></html>");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await browser.NewPageAsync();
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

        await page.GotoAsync(new Uri(temp.File("output.html")).AbsoluteUri);
        var charts = page.Locator(".virtlab-chart");
        Assert.Equal(2, await charts.CountAsync());
        for (var i = 0; i < 2; i++)
        {
            // A chart drew when its SVG has a trace with data and its text fallback is hidden.
            await charts.Nth(i).Locator(".main-svg .trace, .main-svg .hm image").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            Assert.False(await charts.Nth(i).Locator(".virtlab-chart-fallback").IsVisibleAsync());
        }

        Assert.Empty(errors);
        Assert.Empty(external);
    }
}
