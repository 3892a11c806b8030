using Microsoft.Playwright;

namespace Facturation.Browser.Tests;

/// <summary>Measures sideways scrolling and names the elements that stick out, so a failing layout test says what to fix.</summary>
public static class HorizontalOverflow
{
    // The innermost visible elements whose right edge passes the viewport (their parents only overflow because of them).
    private const string Script = """
        () => {
            const width = document.documentElement.clientWidth;
            const out = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 0.5; };
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                + (e.dataset.testid ? '[' + e.dataset.testid + ']' : '');
            const culprits = [...document.body.querySelectorAll('*')]
                .filter(e => out(e) && ![...e.children].some(out))
                .slice(0, 6)
                .map(e => name(e) + ' → ' + Math.round(e.getBoundingClientRect().right) + ' px');
            return [String(document.documentElement.scrollWidth), String(width), ...culprits];
        }
        """;

    /// <summary>The page's scroll width, its client width and the elements that overflow (empty when it fits).</summary>
    public static async Task<(int ScrollWidth, int ClientWidth, string Culprits)> MeasureAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var measured = await page.EvaluateAsync<string[]>(Script);
        return (int.Parse(measured[0], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(measured[1], System.Globalization.CultureInfo.InvariantCulture),
            string.Join("; ", measured.Skip(2)));
    }
}
