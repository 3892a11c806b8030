using System.Diagnostics;
using Facturation.Testing;

namespace Facturation.Application.Tests.Infrastructure;

public class ChromiumTests
{
    [ChromiumFact]
    public async Task Chromium_HeadlessDumpDom_RendersAPage()
    {
        var profile = Directory.CreateTempSubdirectory("facturation-chromium-");
        try
        {
            var start = new ProcessStartInfo(RequiredService.ChromiumPath())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                $"--user-data-dir={profile.FullName}", "--dump-dom",
                "data:text/html,<p id=x>Factur<b>ation</b></p><script>document.getElementById('x').dataset.ok='yes'</script>",
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var dom = await stdout;
            await stderr;

            Assert.Equal(0, process.ExitCode);
            Assert.Contains("data-ok=\"yes\"", dom, StringComparison.Ordinal);
            Assert.Contains("Factur<b>ation</b>", dom, StringComparison.Ordinal);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
