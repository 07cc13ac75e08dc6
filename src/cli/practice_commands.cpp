#include "practice_commands.h"

#include "booking/practice_directory.h"
#include "booking/practice_setup.h"
#include "storage/practice_contact_repository.h"

#include <QJsonObject>

#include <algorithm>

namespace empfang::cli {

namespace {

int print(CliContext &ctx, const PracticeSettings &s, const PracticeContact &c)
{
    if (ctx.out().json()) {
        ctx.out().printJson(QJsonObject{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("address"), c.address},
            {QStringLiteral("phone"), c.phone},
            {QStringLiteral("email"), c.email},
            {QStringLiteral("website"), c.website},
            {QStringLiteral("cardFormat"), PracticeContactRepository::formatKey(c.cardFormat)}});
        return Done;
    }
    ctx.out().printTable({PracticeCommands::tr("Field"), PracticeCommands::tr("Value")},
                         {{PracticeCommands::tr("Name"), s.name},
                          {PracticeCommands::tr("Address"), c.address},
                          {PracticeCommands::tr("Phone"), c.phone},
                          {PracticeCommands::tr("E-mail"), c.email},
                          {PracticeCommands::tr("Website"), c.website},
                          {PracticeCommands::tr("Appointment card"),
                           PracticeContactRepository::formatName(c.cardFormat)}},
                         QString());
    return Done;
}

} // namespace

int PracticeCommands::set(CliContext &ctx)
{
    const QStringList fields = {QStringLiteral("name"),    QStringLiteral("address"),
                                QStringLiteral("phone"),   QStringLiteral("email"),
                                QStringLiteral("website"), QStringLiteral("card-format")};
    if (std::none_of(fields.cbegin(), fields.cend(),
                     [&ctx](const QString &f) { return ctx.has(f); }))
        return ctx.usageError(tr("Please give at least one of --name, --address, --phone, "
                                 "--email, --website, --card-format."));
    PracticeChange change;
    for (auto [option, field] : {std::pair{QStringLiteral("name"), &change.name},
                                 std::pair{QStringLiteral("address"), &change.address},
                                 std::pair{QStringLiteral("phone"), &change.phone},
                                 std::pair{QStringLiteral("email"), &change.email},
                                 std::pair{QStringLiteral("website"), &change.website}}) {
        if (ctx.has(option))
            *field = ctx.value(option);
    }
    if (ctx.has(QStringLiteral("card-format"))) {
        PracticeContact::CardFormat format{};
        if (!PracticeContactRepository::formatFromKey(ctx.value(QStringLiteral("card-format")),
                                                      &format))
            return ctx.usageError(tr("--card-format must be a6, card or a4."));
        change.cardFormat = format;
    }
    // Both checked before either is written: a bad e-mail changes nothing, not even the name.
    const PracticeDirectory practice(ctx.db());
    PracticeSettings s = practice.settings();
    PracticeContact c = practice.contact();
    change.applyTo(s, c);
    if (const QString invalid = PracticeSetup::problem(s, c); !invalid.isEmpty())
        return ctx.refuse(invalid + u' ' + tr("Nothing was changed."));
    // Applied again to what is stored when the write lock is held: another desk may have
    // changed another field since the read above.
    if (Status saved = PracticeSetup(ctx.db()).change(change); !saved)
        return ctx.refuse(saved.error());
    if (!ctx.out().json())
        ctx.out().printLine(tr("Practice details saved."));
    return print(ctx, practice.settings(), practice.contact());
}

int PracticeCommands::show(CliContext &ctx)
{
    const PracticeDirectory practice(ctx.db());
    return print(ctx, practice.settings(), practice.contact());
}

} // namespace empfang::cli
