using Facturation.Application.Data;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Accounting.Exports;

/// <summary>Customer codes and names, loaded batch by batch as the entries meet them.</summary>
internal sealed class CustomerAccounts(FacturationDb db)
{
    private readonly Dictionary<int, CustomerAccount> _accounts = [];

    public CustomerAccount this[int id] => _accounts[id];

    public async Task LoadAsync(IEnumerable<int> ids, CancellationToken ct)
    {
        var missing = ids.Where(id => !_accounts.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var found = await db.Customers.AsNoTracking().Where(c => missing.Contains(c.Id)).Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(ct);
        foreach (var customer in found)
        {
            _accounts[customer.Id] = new CustomerAccount(customer.Code, customer.Name);
        }
    }
}
