using Facturation.Application.Invoicing;

namespace Facturation.Web.Features.Invoices;

/// <summary>
/// The draft editor page: the draft's id and number (null on creation), the form with what the server adds
/// (<see cref="DraftEditorViewModel"/>), the customers matching a search made without JavaScript, and whether the
/// "Finaliser et envoyer" confirmation is drawn open.
/// </summary>
public sealed record InvoiceEditorViewModel(
    int? Id, string? DisplayNumber, DraftEditorViewModel Editor, IReadOnlyList<Choice>? CustomerMatches = null, bool FinalizeAndSend = false)
{
    public InvoiceInput Input => Editor.Input;
}
