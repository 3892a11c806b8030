using Facturation.Application.Invoicing;

namespace Facturation.Web.Features.Invoices;

/// <summary>
/// The editor's non-saving buttons (name="command"): add, dossier-line:id, duplicate:i, remove:i, up:i, down:i, product:i,
/// recalc. They change the posted lines and re-display the form, so the editor works without JavaScript; the live editor
/// sends the same commands to <c>POST /Invoices/Editor/Lines</c> and redraws only the lines (ADR-028).
/// </summary>
public static class InvoiceEditorCommand
{
    public const string Recalculate = "recalc";

    /// <summary>Adds a line taken from a dossier line (the resolver copies its description, quantity, price, tax…).</summary>
    public const string AddDossierLine = "dossier-line";

    /// <summary>The product of row i was picked: the row takes the product's designation, unit, price, tax code and GL account.</summary>
    public const string PickProduct = "product";

    /// <summary>Without JavaScript: lists the customers matching the typed search under the field (each a "customer:id" button).</summary>
    public const string FindCustomer = "find-customer";

    /// <summary>Asks to finalize and e-mail the draft: without JavaScript the editor shows the confirmation in the page.</summary>
    public const string FinalizeAndSend = "finalize-send";

    /// <summary>The confirmed short path: save, finalize (one transaction), then the send screen.</summary>
    public const string FinalizeAndSendConfirmed = "finalize-send-confirmed";

    /// <summary>Applies a line command; false when <paramref name="command"/> is not one.</summary>
    public static bool Apply(InvoiceInput input, string? command)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parts = (command ?? string.Empty).Split(':', 2);
        var index = parts.Length == 2 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : -1;
        var lines = input.Lines;
        switch (parts[0])
        {
            case "add":
                lines.Add(new InvoiceLineInput());
                return true;
            case AddDossierLine when index > 0:
                lines.Add(new InvoiceLineInput { DossierLineId = index });
                return true;
            case "customer" when index > 0:
                input.CustomerId = index;
                input.BillingContactId = null;
                return true;
            case "duplicate" when index >= 0 && index < lines.Count:
                lines.Insert(index + 1, Copy(lines[index]));
                return true;
            case "remove" when index >= 0 && index < lines.Count:
                lines.RemoveAt(index);
                return true;
            case "up" when index > 0 && index < lines.Count:
                (lines[index - 1], lines[index]) = (lines[index], lines[index - 1]);
                return true;
            case "down" when index >= 0 && index < lines.Count - 1:
                (lines[index + 1], lines[index]) = (lines[index], lines[index + 1]);
                return true;
            case Recalculate:
                return true;
            case FinalizeAndSendConfirmed:
                return false;
            default:
                return parts[0].Length > 0 && parts[0] != "save";
        }
    }

    /// <summary>The row whose product was just picked (command product:i), or null.</summary>
    public static InvoiceLineInput? ProductRow(string? command, InvoiceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parts = (command ?? string.Empty).Split(':', 2);
        return parts[0] == PickProduct && parts.Length == 2 && int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var i) && i >= 0 && i < input.Lines.Count
            ? input.Lines[i]
            : null;
    }

    /// <summary>A duplicated row is a new line: it keeps what was typed but no dossier link (a dossier line is billed once per document).</summary>
    private static InvoiceLineInput Copy(InvoiceLineInput line) => new()
    {
        Kind = line.Kind,
        Description = line.Description,
        Quantity = line.Quantity,
        Unit = line.Unit,
        UnitPrice = line.UnitPrice,
        DiscountPercent = line.DiscountPercent,
        TaxCode = line.TaxCode,
        GlAccount = line.GlAccount,
        ProductId = line.ProductId,
    };
}
