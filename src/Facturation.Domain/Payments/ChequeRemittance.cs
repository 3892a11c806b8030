using System.Globalization;
using Facturation.Domain.Common;
using Facturation.Domain.Invoicing;

namespace Facturation.Domain.Payments;

/// <summary>
/// A cheque remittance slip (bordereau de remise de chèques): received cheques handed to the bank together, dated and
/// numbered. A cheque goes on one slip only (a unique index on the payment backs the check made here and by the service).
/// </summary>
public sealed class ChequeRemittance
{
    /// <summary>The most cheques on one slip (a bank's paper slip holds far fewer; this bounds one request).</summary>
    public const int MaxCheques = 500;

    private readonly List<ChequeRemittanceItem> _items = [];

    private ChequeRemittance()
    {
    }

    public int Id { get; private set; }

    /// <summary>The day the cheques are handed to the bank.</summary>
    public DateOnly Date { get; private set; }

    /// <summary>The company's account the cheques are paid into (its IBAN when the slip was made), or null.</summary>
    public string? BankAccount { get; private set; }

    public int Count { get; private set; }

    public decimal Total { get; private set; }

    public string CreatedById { get; private set; } = string.Empty;

    public string CreatedByName { get; private set; } = string.Empty;

    public DateTime CreatedAtUtc { get; private set; }

    public IReadOnlyList<ChequeRemittanceItem> Items => _items;

    /// <summary>"BRC-000012": the slip's number, from its identity (slips are never deleted).</summary>
    public string Number => NumberOf(Id);

    public static string NumberOf(int id) => "BRC-" + id.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>A slip of <paramref name="cheques"/> (in the order given); refuses anything that is not a recorded cheque received by <paramref name="date"/>.</summary>
    public static ChequeRemittance Create(IReadOnlyList<Payment> cheques, DateOnly date, string? bankAccount, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(cheques);
        ArgumentNullException.ThrowIfNull(actor);
        if (cheques.Count == 0)
        {
            throw new DomainException("remittance.empty", "Sélectionnez au moins un chèque.", "paymentIds");
        }

        if (cheques.Count > MaxCheques)
        {
            throw new DomainException("remittance.too_many", $"Un bordereau compte au plus {MaxCheques} chèques.", "paymentIds");
        }

        foreach (var cheque in cheques)
        {
            var refusal = RefusalOf(cheque, date);
            if (refusal is not null)
            {
                throw new DomainException("remittance.not_a_cheque", refusal, "paymentIds");
            }
        }

        if (cheques.Select(c => c.Id).Distinct().Count() != cheques.Count)
        {
            throw new DomainException("remittance.duplicate", "Un chèque est sélectionné deux fois.", "paymentIds");
        }

        var slip = new ChequeRemittance
        {
            Date = date,
            BankAccount = Require.OptionalText(bankAccount, nameof(BankAccount), "Le compte bancaire", 100),
            Count = cheques.Count,
            Total = cheques.Sum(c => c.Amount),
            CreatedById = actor.UserId,
            CreatedByName = actor.UserName,
            CreatedAtUtc = nowUtc,
        };
        slip._items.AddRange(cheques.Select((c, i) => new ChequeRemittanceItem(c.Id, i + 1)));
        return slip;
    }

    /// <summary>Why a payment cannot go on a slip dated <paramref name="date"/>, or null.</summary>
    public static string? RefusalOf(Payment payment, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var label = $"Le règlement n° {payment.Id.ToString(CultureInfo.InvariantCulture)}";
        return payment.Method != PaymentMethod.Cheque || payment.Direction != PaymentDirection.Received ? $"{label} n'est pas un chèque reçu."
            : payment.Status != PaymentStatus.Recorded ? $"{label} est annulé : il ne peut pas être remis en banque."
            : payment.Date > date ? $"{label} est daté du {payment.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}, après la date de remise."
            : null;
    }
}
