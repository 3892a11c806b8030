using PdfSharp.Drawing;

namespace Facturation.Documents.Layout;

/// <summary>A table column: header text, width in points (0: takes the width left), alignment.</summary>
internal sealed record TableColumn(string Header, double Width, bool AlignRight = false)
{
    public XStringFormat Format => AlignRight ? XStringFormats.TopRight : XStringFormats.TopLeft;
}
