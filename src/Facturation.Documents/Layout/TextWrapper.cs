using PdfSharp.Drawing;

namespace Facturation.Documents.Layout;

/// <summary>Breaks text into lines that fit a width: at spaces, at line breaks, and inside words longer than a line.</summary>
internal static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var current = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (gfx.MeasureString(candidate, font).Width <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = BreakLongWord(gfx, word, font, width, lines);
            }

            lines.Add(current);
        }

        return lines;
    }

    /// <summary>Adds the full-width pieces of <paramref name="word"/> to <paramref name="lines"/> and returns the rest.</summary>
    private static string BreakLongWord(XGraphics gfx, string word, XFont font, double width, List<string> lines)
    {
        var rest = word;
        while (rest.Length > 1 && gfx.MeasureString(rest, font).Width > width)
        {
            var take = rest.Length - 1;
            while (take > 1 && gfx.MeasureString(rest[..take], font).Width > width)
            {
                take--;
            }

            lines.Add(rest[..take]);
            rest = rest[take..];
        }

        return rest;
    }
}
