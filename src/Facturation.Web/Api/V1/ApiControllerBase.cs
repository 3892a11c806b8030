using Facturation.Application.Common;
using Facturation.Domain.Invoicing;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Api.V1;

/// <summary>
/// Base of the JSON API: bearer-token authentication only (no cookies, hence no CSRF exposure and no
/// antiforgery token), the same role policies as the screens, problem details for every error.
/// </summary>
[ApiController]
[Route("api/v1/[controller]")]
[Authorize(AuthenticationSchemes = BearerTokenAuthenticationHandler.SchemeName, Policy = Policies.Read)]
[IgnoreAntiforgeryToken]
[ProducesResponseType(StatusCodes.Status401Unauthorized)]
[ProducesResponseType(StatusCodes.Status403Forbidden)]
public abstract class ApiControllerBase : ControllerBase
{
    /// <summary>A document as the API returns it, "overdue" judged on the company's date (ADR-011).</summary>
    protected InvoiceDto Document(Invoice invoice) =>
        InvoiceDto.From(invoice, HttpContext.RequestServices.GetRequiredService<IBusinessClock>().Today);
}
