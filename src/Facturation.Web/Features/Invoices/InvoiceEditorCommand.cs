using Facturation.Application.Invoicing;

namespace Facturation.Web.Features.Invoices;

/// <summary>
/// The editor's non-saving buttons (name="command"): add, dossier-line:id, remove:i, up:i, down:i, recalc. They change the
/// posted lines and re-display the form, so the editor works without JavaScript.
/// </summary>
public static class InvoiceEditorCommand
{
    public const string Recalculate = "recalc";

    /// <summary>Adds a line taken from a dossier line (the resolver copies its description, quantity, price, tax…).</summary>
    public const string AddDossierLine = "dossier-line";

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
            default:
                return parts[0].Length > 0 && parts[0] != "save";
        }
    }
}
