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
            await charts.Nth(i).Locator(".main-svg").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }

        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "charts.png"), FullPage = true });

        Assert.Empty(errors);
        Assert.Empty(external);
        Assert.Equal("Gantt", await charts.Nth(1).Locator(".gtitle").TextContentAsync());
    }

    [Fact]
    public async Task Figure_html_output_loads_plotly_from_the_cdn_when_the_page_has_none()
    {
        // What VS Code shows: the figure's text/html output alone. The CDN request is answered with the local plotly.min.js.
        using var temp = new TempFolder();
        var figure = VirtLab.Charts.Chart.Bar(["a", "b"], [1, 2], title: "From CDN");
        var second = VirtLab.Charts.Chart.Line([0, 1], [1, 0], title: "Second");
        File.WriteAllText(temp.File("output.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + figure.ToHtml() + second.ToHtml() + "</body></html>");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        var cdnRequests = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else if (url == $"https://cdn.plot.ly/plotly-{VirtLab.Charts.Figure.PlotlyVersion}.min.js")
            {
                cdnRequests.Add(url);
                await route.FulfillAsync(new RouteFulfillOptions { Path = VirtLab.Notebooks.Export.PlotlyScriptLocator.Find(), ContentType = "text/javascript" });
            }
            else
            {
                await route.AbortAsync();
            }
        });

        await page.GotoAsync(new Uri(temp.File("output.html")).AbsoluteUri);
        var figures = page.Locator(".virtlab-figure");
        for (var i = 0; i < 2; i++)
        {
            await figures.Nth(i).Locator(".main-svg").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }

        Assert.Empty(errors);
        Assert.Single(cdnRequests);
    }
}
