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
        ["Deposits"] = ("Acomptes & situations", "Factures d'acompte, factures de situation avec avancement par ligne, et facture de solde."),
        ["Dossiers"] = ("Dossiers", "Dossiers clients avec leurs lignes et leur devis, facturation depuis un dossier et facturation en masse."),
    };

    [HttpGet("{name}")]
    public IActionResult Show(string name) =>
        Upcoming.TryGetValue(name, out var section)
            ? View(new SectionViewModel(name, section.Title, section.Coming))
            : NotFound();
}
