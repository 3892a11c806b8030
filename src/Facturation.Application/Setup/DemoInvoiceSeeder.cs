using System.Diagnostics;
using Facturation.Application.Common;
using Facturation.Application.Data;
using Facturation.Domain.Common;
using Facturation.Domain.Companies;
using Facturation.Domain.Customers;
using Facturation.Domain.Invoicing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Facturation.Application.Setup;

/// <summary>
/// First-run demo activity (ADR-030): 18 months ending today, played day by day through the real domain services
/// (drafts, finalization, e-mails, payments, credit notes, cancellations, reminders, a dossier and a recurring
/// template) with <see cref="SimulatedBusinessTime"/> set to each day, so numbering, archives, the audit chain and the
/// stored amounts are exactly what users would have produced. A fixed seed makes it deterministic for a given today.
/// E-mails are recorded as delivered without being sent to anyone.
/// </summary>
public sealed class DemoInvoiceSeeder(IServiceScopeFactory scopes, ILogger<DemoInvoiceSeeder> logger)
{
    public const int RandomSeed = 16;

    public const int Months = 18;

    /// <summary>Plays the demo activity; returns how many documents it created.</summary>
    public async Task<int> SeedAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var (today, zone, actor) = await StartAsync(ct);
        var start = today.AddMonths(-Months);
        var schedule = new DemoSchedule();
        var activity = new DemoActivity(new Random(RandomSeed), schedule, actor, today);
        await using (var setup = scopes.CreateAsyncScope())
        {
            await activity.PrepareAsync(setup.ServiceProvider, start, ct);
        }

        try
        {
            for (var day = start; day <= today; day = day.AddDays(1))
            {
                // Mid-morning in the company's zone: the UTC instant of each business date, whatever the zone.
                SimulatedBusinessTime.Set(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(10, 0)), zone), TimeSpan.Zero));
                await using var scope = scopes.CreateAsyncScope();
                await activity.PlayDayAsync(new DemoServices(scope.ServiceProvider), day, ct);
            }
        }
        finally
        {
            SimulatedBusinessTime.Set(null);
        }

        logger.LogInformation("Demo data: {Documents} documents over {Months} months generated in {Seconds:0.0} s", activity.Documents, Months, watch.Elapsed.TotalSeconds);
        return activity.Documents;
    }

    private async Task<(DateOnly Today, TimeZoneInfo Zone, Actor Actor)> StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FacturationDb>();
        var zoneId = await db.Companies.AsNoTracking().OrderBy(c => c.Id).Select(c => c.TimeZoneId).FirstAsync(ct);
        var zone = Company.FindTimeZone(zoneId) ?? TimeZoneInfo.FindSystemTimeZoneById(Company.DefaultTimeZoneId);
        var biller = await db.Users.AsNoTracking().Where(u => u.Email == DemoBiller).Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(ct);
        var actor = biller is null ? new Actor("demo", "Démonstration") : new Actor(biller.Id, biller.DisplayName ?? DemoBiller);
        return (scope.ServiceProvider.GetRequiredService<IBusinessClock>().Today, zone, actor);
    }

    /// <summary>The demo billing manager created by <see cref="ReferenceDataSeeder"/>: the documents are issued in their name.</summary>
    public const string DemoBiller = "facturation@facturation.local";

    /// <summary>The demo customers' codes that <see cref="DemoActivity"/> adds to the reference seed (French companies with a valid SIREN).</summary>
    internal static IEnumerable<Customer> MoreCustomers()
    {
        (string Code, string Name, string City, string PostCode, string Street)[] companies =
        [
            ("HORIZON", "Horizon Conseil", "Nantes", "44000", "5 quai de la Fosse"),
            ("VERDURE", "Verdure & Jardins", "Bordeaux", "33000", "41 cours de l'Intendance"),
            ("ATELIER9", "Atelier Neuf", "Lille", "59000", "9 rue Esquermoise"),
            ("BLEUMARINE", "Bleu Marine Édition", "Marseille", "13002", "18 quai du Port"),
            ("ALTITUDE", "Altitude Sports", "Annecy", "74000", "2 avenue d'Albigny"),
            ("PIXEL", "Studio Pixel", "Toulouse", "31000", "27 rue d'Alsace-Lorraine"),
        ];
        var index = 0;
        foreach (var (code, name, city, postCode, street) in companies)
        {
            var siren = Siren(40512300 + (index++ * 7919));
            var domain = $"{code.ToLowerInvariant()}.example";
            yield return new Customer(
                new CustomerProfile(code, name, CustomerKind.Company, siren, null, null, $"compta@{domain}", null,
                    new PostalAddress(street, null, postCode, city, "FR"), null, 30, 0m, "Client de démonstration.", siren),
                [
                    new ContactDetails(null, "Service comptable", $"compta@{domain}", null, "Comptabilité", true, false),
                    new ContactDetails(null, "Direction", $"direction@{domain}", null, "Gérant", false, true),
                ]);
        }
    }

    /// <summary>A nine-digit SIREN: eight digits and their Luhn check digit.</summary>
    internal static string Siren(int eightDigits)
    {
        var body = eightDigits.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        for (var check = 0; check <= 9; check++)
        {
            var candidate = body + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var sum = candidate.Select((c, i) =>
            {
                var digit = (c - '0') * (i % 2 == 1 ? 2 : 1);
                return digit > 9 ? digit - 9 : digit;
            }).Sum();
            if (sum % 10 == 0)
            {
                return candidate;
            }
        }

        throw new UnreachableException();
    }
}
