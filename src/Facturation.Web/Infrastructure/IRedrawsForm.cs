using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Infrastructure;

/// <summary>
/// A screen controller whose forms can be shown again after a refused business rule. The
/// <see cref="DomainExceptionFilter"/> has already put the refusal in <c>ModelState</c> (next to its field) when it
/// asks; the controller answers with the view and view model of the refused action, the user's input kept. A null
/// answer means the action has no form to redraw: the filter flashes the message and returns to the previous page.
/// </summary>
public interface IRedrawsForm
{
    Task<IActionResult?> RedrawFormAsync(RefusedForm refused, CancellationToken ct);
}
