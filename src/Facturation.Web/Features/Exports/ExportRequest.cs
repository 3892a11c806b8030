namespace Facturation.Web.Features.Exports;

/// <summary>The Exports screen's form: a period and, when a download button was pressed, what to download.</summary>
public sealed class ExportRequest
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary><c>fec</c>, <c>csv</c> or <c>xlsx</c>; empty to show the form.</summary>
    public string? Download { get; set; }
}
