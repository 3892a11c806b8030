using Facturation.Domain.Reminders;

namespace Facturation.Application.Reminders;

/// <summary>The three levels every database starts with (seeded by the migration; editable under Paramètres).</summary>
public static class DefaultReminderLevels
{
    public static IReadOnlyList<(int Level, ReminderLevelDetails Details)> All { get; } =
    [
        (1, new ReminderLevelDetails(
            "Relance amicale",
            7,
            "Rappel : facture {numero} échue le {echeance}",
            "Bonjour,\n\nSauf erreur de notre part, la facture {numero} du {date}, échue le {echeance}, reste impayée à ce jour : il reste {reste} à régler.\n\nS'il s'agit d'un oubli, nous vous remercions de bien vouloir procéder à son règlement. Si votre paiement est déjà parti, merci de ne pas tenir compte de ce message.\n\nVous trouverez la facture en pièce jointe.\n\nCordialement,\n{societe}")),
        (2, new ReminderLevelDetails(
            "Relance",
            15,
            "Relance : facture {numero} impayée ({jours} jours de retard)",
            "Bonjour,\n\nMalgré notre précédent rappel, la facture {numero} du {date}, échue le {echeance}, n'est toujours pas réglée ({jours} jours de retard). Le montant restant dû est de {reste}.\n\nNous vous demandons de procéder à son règlement dans les meilleurs délais. La facture est jointe à ce message.\n\nCordialement,\n{societe}")),
        (3, new ReminderLevelDetails(
            "Mise en demeure",
            30,
            "Mise en demeure : facture {numero} impayée",
            "Madame, Monsieur,\n\nLa facture {numero} du {date}, échue le {echeance}, reste impayée malgré nos relances ({jours} jours de retard). Le montant restant dû est de {reste}.\n\nPar la présente, nous vous mettons en demeure de régler cette somme sous huit jours. À défaut, nous engagerons les démarches de recouvrement nécessaires.\n\nÀ ce jour, les pénalités de retard s'élèvent à {penalite}. {indemnite}\n\nLa facture est jointe à ce message.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n{societe}")),
    ];
}
