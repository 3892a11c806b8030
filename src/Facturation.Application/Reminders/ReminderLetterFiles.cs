using System.Linq.Expressions;
using Facturation.Application.Data;
using Facturation.Application.Documents;
using Microsoft.EntityFrameworkCore;

namespace Facturation.Application.Reminders;

/// <summary>A reminder's stored PDF letter as a file (name, bytes, hash): for the outbox's second attachment and for downloads.</summary>
internal static class ReminderLetterFiles
{
    public static async Task<InvoicePdf?> FindAsync(FacturationDb db, Expression<Func<PaymentReminder, bool>> which, CancellationToken ct)
    {
        var letter = await (
            from reminder in db.PaymentReminders.AsNoTracking().Where(which)
            join invoice in db.Invoices.AsNoTracking() on reminder.InvoiceId equals invoice.Id
            where reminder.LetterPdf != null
            select new { reminder.Level, reminder.LetterPdf, invoice.Number }).SingleOrDefaultAsync(ct);
        return letter is null
            ? null
            : new InvoicePdf(PaymentReminder.LetterFileNameFor(letter.Level, letter.Number ?? string.Empty), letter.LetterPdf!, InvoiceArchive.Hash(letter.LetterPdf!), IsArchived: true);
    }
}
