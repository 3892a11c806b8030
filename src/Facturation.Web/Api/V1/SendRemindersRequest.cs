namespace Facturation.Web.Api.V1;

/// <summary>Body of <c>POST /api/v1/reminders/send</c>.</summary>
public sealed record SendRemindersRequest(IReadOnlyList<int>? InvoiceIds);
