using Facturation.Application.Accounts;

namespace Facturation.Web.Features.CustomerAccounts;

/// <summary>An account entry's label, linked to its document or to the customer's payments of that day.</summary>
public sealed record EntryLabelViewModel(int CustomerId, AccountEntry Entry);
