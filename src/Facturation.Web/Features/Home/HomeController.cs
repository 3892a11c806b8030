using Facturation.Application.Data;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Web.Features.Home;

[Authorize(Policy = Policies.Read)]
public sealed class HomeController(FacturationDb db) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct) => View(new HomeViewModel(
        await db.Companies.AsNoTracking().Select(c => c.LegalName).FirstOrDefaultAsync(ct) ?? "Facturation",
        await db.Customers.CountAsync(c => c.Active, ct),
        await db.Products.CountAsync(p => p.Active, ct)));
}
