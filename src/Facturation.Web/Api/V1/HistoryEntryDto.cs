namespace Facturation.Web.Api.V1;

public sealed record HistoryEntryDto(DateTime AtUtc, string UserName, string Action, string Details);
