using PdfSharp.Pdf;

namespace Facturation.Documents.FacturX;

/// <summary>
/// The sRGB output intent PDF/A requires because PDFsharp paints in DeviceRGB (veraPDF 6.2.4.3-2): the ICC's
/// sRGB2014 v2 display profile, committed beside this file with its terms of use.
/// </summary>
internal static class PdfAOutputIntent
{
    private static readonly Lazy<byte[]> Profile = new(() =>
    {
        using var resource = typeof(PdfAOutputIntent).Assembly.GetManifestResourceStream("Facturation.Documents.FacturX.sRGB2014.icc")
            ?? throw new InvalidOperationException("The sRGB ICC profile resource is missing.");
        using var copy = new MemoryStream();
        resource.CopyTo(copy);
        return copy.ToArray();
    });

    public static void AddSrgb(PdfDocument document)
    {
        var profile = new PdfDictionary(document);
        profile.CreateStream(Profile.Value);
        profile.Elements.SetInteger("/N", 3);
        document.Internals.AddObject(profile);

        var intent = new PdfDictionary(document);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFA1");
        intent.Elements.SetString("/OutputConditionIdentifier", "sRGB IEC61966-2.1");
        intent.Elements.SetString("/RegistryName", "http://www.color.org");
        intent.Elements.SetString("/Info", "sRGB IEC61966-2.1 (ICC sRGB2014)");
        intent.Elements.SetReference("/DestOutputProfile", profile);

        var intents = new PdfArray(document);
        intents.Elements.Add(intent);
        document.Internals.Catalog.Elements["/OutputIntents"] = intents;
    }
}
