using System.Globalization;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Dossiers;

/// <summary>
/// A customer job (devis / dossier): ordered lines priced net of tax. While open it is freely edited; the
/// customer's acceptance (date and reference) freezes its lines and opens deposits, situations and the final
/// balance; a closed dossier is billed no more.
/// </summary>
public sealed class Dossier
{
    private readonly List<DossierLine> _lines = [];

    private Dossier()
    {
    }

    public int Id { get; private set; }

    /// <summary>Its own series (DO…); not a legal number, so it may have gaps.</summary>
    public string Number { get; private set; } = string.Empty;

    public DateOnly Date { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public int CustomerId { get; private set; }

    /// <summary>The customer's purchase-order number, copied on the invoices.</summary>
    public string? CustomerReference { get; private set; }

    public string? Notes { get; private set; }

    public DossierStatus Status { get; private set; } = DossierStatus.Open;

    public DateOnly? AcceptedOn { get; private set; }

    public string? AcceptanceReference { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Stored copy of the lines' net total, so the list sorts and sums in SQL.</summary>
    public decimal TotalNet { get; private set; }

    public IReadOnlyList<DossierLine> Lines => _lines;

    /// <summary>The estimate's totals, computed as an invoice holding every line would be (tax per rate on the sum).</summary>
    public InvoiceTotals Totals => InvoiceTotals.Of(_lines.Select(l => new InvoiceLine(l.ToInvoiceLine(l.Quantity), l.Position)));

    public string Label => $"{Number} du {Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";

    public static Dossier Create(string number, DateOnly date, DossierHeader header, IEnumerable<LineDetails> lines, DateTime nowUtc)
    {
        var dossier = new Dossier { Number = number, Date = date, CreatedAtUtc = nowUtc };
        dossier.Apply(header, lines);
        return dossier;
    }

    public void Update(DossierHeader header, IEnumerable<LineDetails> lines)
    {
        if (Status != DossierStatus.Open)
        {
            throw DomainException.Conflict("dossier.not_open", $"Le dossier {Number} est au statut {StatusLabel} : seul un dossier ouvert peut être modifié.");
        }

        Apply(header, lines);
    }

    /// <summary>The customer accepted the estimate: date and reference of the acceptance (signed quote, order…).</summary>
    public void Accept(DateOnly acceptedOn, string reference)
    {
        if (Status != DossierStatus.Open)
        {
            throw DomainException.Conflict("dossier.not_open", $"Le dossier {Number} est au statut {StatusLabel} : seul un dossier ouvert peut être accepté.");
        }

        if (acceptedOn < Date)
        {
            throw new DomainException("dossier.accepted_before", "La date d'acceptation ne peut pas précéder la date du dossier.", nameof(AcceptedOn));
        }

        AcceptanceReference = Require.Text(reference, nameof(AcceptanceReference), "La référence d'acceptation", 100);
        (AcceptedOn, Status) = (acceptedOn, DossierStatus.Accepted);
    }

    public void Close(DateOnly today)
    {
        if (Status == DossierStatus.Closed)
        {
            throw DomainException.Conflict("dossier.closed", $"Le dossier {Number} est déjà clos.");
        }

        (ClosedOn, Status) = (today, DossierStatus.Closed);
    }

    /// <summary>Deposits, situations and balances need the customer's acceptance.</summary>
    public void EnsureAccepted(string what)
    {
        if (Status != DossierStatus.Accepted)
        {
            throw DomainException.Conflict("dossier.not_accepted", $"Le dossier {Number} est au statut {StatusLabel} : {what} exige un dossier accepté.");
        }
    }

    public void EnsureNotClosed()
    {
        if (Status == DossierStatus.Closed)
        {
            throw DomainException.Conflict("dossier.closed", $"Le dossier {Number} est clos : il ne peut plus être facturé.");
        }
    }

    public DossierLine Line(int dossierLineId, string field) =>
        _lines.SingleOrDefault(l => l.Id == dossierLineId)
        ?? throw new DomainException("dossier.line_unknown", $"La ligne {dossierLineId} n'appartient pas au dossier {Number}.", field);

    private string StatusLabel => Status switch
    {
        DossierStatus.Open => "ouvert",
        DossierStatus.Accepted => "accepté",
        DossierStatus.Closed => "clos",
    };

    private void Apply(DossierHeader header, IEnumerable<LineDetails> lines)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(lines);
        if (header.CustomerId <= 0)
        {
            throw new DomainException("dossier.customer_required", "Choisissez un client.", nameof(CustomerId));
        }

        CustomerId = header.CustomerId;
        Name = Require.Text(header.Name, nameof(Name), "Le nom du dossier", 200);
        CustomerReference = Require.OptionalText(header.CustomerReference, nameof(CustomerReference), "Le numéro de commande client", 100);
        Notes = Require.OptionalText(header.Notes, nameof(Notes), "Les notes", 4000);
        var built = lines.Select((details, position) => new DossierLine(details, position)).ToList();
        if (built.Count == 0)
        {
            throw new DomainException("dossier.no_lines", "Le dossier doit contenir au moins une ligne.", nameof(Lines));
        }

        _lines.Clear();
        _lines.AddRange(built);
        TotalNet = _lines.Sum(l => l.Net);
    }
}
