using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Customers;

/// <summary>Create, edit, list and deactivate customers. Customers are never hard-deleted.</summary>
public sealed class CustomerService(FacturationDb db)
{
    private const string CodeTaken = "Ce code est déjà utilisé par un autre client.";

    public Task<PagedResult<Customer>> ListAsync(ListQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var customers = db.Customers.AsNoTracking();
        if (!query.IncludeInactive)
        {
            customers = customers.Where(c => c.Active);
        }

        if (query.Term is { } term)
        {
            customers = customers.Where(c =>
                c.Code.ToLower().Contains(term) || c.Name.ToLower().Contains(term)
                || (c.Email != null && c.Email.ToLower().Contains(term))
                || (c.BillingAddress.City != null && c.BillingAddress.City.ToLower().Contains(term)));
        }

        return customers.OrderBy(c => c.Name).ThenBy(c => c.Id).ToPageAsync(query, ct);
    }

    public async Task<Customer> GetAsync(int id, CancellationToken ct) =>
        await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct)
        ?? throw DomainException.NotFound("customer", "Client", id);

    public async Task<Customer> CreateAsync(CustomerInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var customer = new Customer(input.ToProfile(), input.ToContacts());
        customer.SetRemindersOptOut(input.RemindersOptOut);
        await UniqueCodeGuard.EnsureFreeAsync(CodeTakenAsync(customer.Code, null, ct), nameof(Customer.Code), CodeTaken);
        db.Customers.Add(customer);
        await UniqueCodeGuard.SaveAsync(db, () => CodeTakenAsync(customer.Code, null, ct), nameof(Customer.Code), CodeTaken, ct);
        return customer;
    }

    public async Task<Customer> UpdateAsync(int id, CustomerInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var customer = await FindTrackedAsync(id, ct);
        customer.Update(input.ToProfile());
        customer.ReplaceContacts(input.ToContacts());
        customer.SetRemindersOptOut(input.RemindersOptOut);
        await UniqueCodeGuard.EnsureFreeAsync(CodeTakenAsync(customer.Code, id, ct), nameof(Customer.Code), CodeTaken);
        await UniqueCodeGuard.SaveAsync(db, () => CodeTakenAsync(customer.Code, id, ct), nameof(Customer.Code), CodeTaken, ct);
        return customer;
    }

    public async Task SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        var customer = await FindTrackedAsync(id, ct);
        customer.SetActive(active);

        await db.SaveChangesAsync(ct);
    }

    private async Task<Customer> FindTrackedAsync(int id, CancellationToken ct) =>
        await db.Customers.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw DomainException.NotFound("customer", "Client", id);

    private Task<bool> CodeTakenAsync(string code, int? exceptId, CancellationToken ct) =>
        db.Customers.AsNoTracking().AnyAsync(c => c.Code == code && c.Id != exceptId, ct);
}
