using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Facturation.Documents.EInvoicing;

/// <summary>Number, date and byte formatting shared by the two serializers, so that the same model always gives the same bytes.</summary>
internal static class XmlOutput
{
    public static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Quantities: at most 4 decimals (BR-FR-DEC).</summary>
    public static string Quantity(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>Unit prices: at most 6 decimals (BR-FR-DEC); the domain keeps 4.</summary>
    public static string Price(decimal value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Rate(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Compact(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>UTF-8 without BOM, two-space indentation, LF line ends.</summary>
    public static byte[] Bytes(XDocument document)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Drops null children so that optional elements are simply absent (never empty).</summary>
    public static XElement Element(XName name, params object?[] content) => new(name, content.Where(c => c is not null));
}
