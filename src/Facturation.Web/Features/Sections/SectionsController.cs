using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Sections;

/// <summary>
/// The navigation's sections that are not built yet: each page says what is coming instead of a dead link.
/// Replaced section by section as the invoicing features land.
/// </summary>
[Authorize(Policy = Policies.Read)]
[Route("Sections")]
public sealed class SectionsController : Controller
{
    private static readonly Dictionary<string, (string Title, string Coming)> Upcoming = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CreditNotes"] = ("Avoirs", "Avoirs correctifs (totaux ou partiels), avoirs manuels et de retour, imputation sur les factures et remboursements."),
    };

    [HttpGet("{name}")]
    public IActionResult Show(string name) =>
        Upcoming.TryGetValue(name, out var section)
            ? View(new SectionViewModel(name, section.Title, section.Coming))
            : NotFound();
}
