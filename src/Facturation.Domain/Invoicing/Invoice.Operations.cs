using Facturation.Domain.Common;

namespace Facturation.Domain.Invoicing;

/// <summary>
/// The document's operational attributes (seed 001 "Section Opérations", "Auteur"): its activity, the dossier it
/// counts for and its author. They feed statistics, not the legal content, so unlike everything else they may
/// change after issue — through these verbs only, each recorded in the history (ADR-027).
/// </summary>
public sealed partial class Invoice
{
    /// <summary>The business activity the document is attributed to for statistics; null: none.</summary>
    public int? ActivityId { get; private set; }

    /// <summary>Links an issued document to another dossier and/or activity (null: none); drafts change them in the editor.</summary>
    public void RelinkOperations(int? dossierId, int? activityId, string description, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (IsDraft)
        {
            throw DomainException.Conflict("invoice.relink_draft", $"{KindLabel} {DisplayNumber} est un brouillon : choisissez son activité dans l'éditeur.");
        }

        if (dossierId == DossierId && activityId == ActivityId)
        {
            return;
        }

        (DossierId, ActivityId) = (dossierId, activityId);
        Record(nowUtc, actor, "operations", description);
    }

    /// <summary>Names another user as the document's author ("établi par"); allowed in every status, the archived PDF never changes.</summary>
    public void ChangeAuthor(string authorId, string authorName, Actor actor, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorId);
        ArgumentNullException.ThrowIfNull(actor);
        if (authorId == AuthorId)
        {
            return;
        }

        AuthorId = authorId;
        Record(nowUtc, actor, "author", $"Auteur changé : {authorName}.");
    }
}
