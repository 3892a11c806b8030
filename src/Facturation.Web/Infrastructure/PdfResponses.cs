using Facturation.Application.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Facturation.Web.Infrastructure;

public static class PdfResponses
{
    /// <summary>A PDF to save, or to open in the browser (<paramref name="inline"/>) with its file name kept for "save as".</summary>
    public static IActionResult PdfFile(this ControllerBase controller, InvoicePdf pdf, bool inline)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(pdf);
        if (!inline)
        {
            return controller.File(pdf.Content, "application/pdf", pdf.FileName);
        }

        controller.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("inline") { FileNameStar = pdf.FileName }.ToString();
        return controller.File(pdf.Content, "application/pdf");
    }
}
