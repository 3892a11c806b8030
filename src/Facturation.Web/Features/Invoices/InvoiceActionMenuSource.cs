using System.Security.Claims;
using Facturation.Application.Common;
using Facturation.Application.Mail;
using Facturation.Domain.Invoicing;
using Facturation.Web.Features.Shared;
using Facturation.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Facturation.Web.Features.Invoices;

/// <summary>Gathers what <see cref="InvoiceActionMenu"/> needs for a request: the user's rights, today, and whether e-mail can be sent.</summary>
public sealed class InvoiceActionMenuSource(IAuthorizationService authorization, IBusinessClock clock, MailSettingsService mail)
{
    public async Task<ActionMenu> ForAsync(Invoice invoice, ClaimsPrincipal user, IUrlHelper url, CancellationToken ct)
    {
        var rights = new InvoiceActionRights(
            (await authorization.AuthorizeAsync(user, Policies.Bill)).Succeeded,
            (await authorization.AuthorizeAsync(user, Policies.RecordPayments)).Succeeded);
        var smtpProblem = (await mail.AccountAsync(ct)).Problem;
        return InvoiceActionMenu.For(invoice, rights, clock.Today, smtpProblem, url);
    }
}
