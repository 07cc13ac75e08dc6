#include "consent_log_dialog.h"

#include "privacy/private_file.h"
#include "storage/consent_log.h"
#include "storage/practitioner_repository.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace empfang {

namespace {

enum Column {
    TimeColumn,
    PractitionerColumn,
    ActionColumn,
    ScopesColumn,
    NoticeColumn,
    OsUserColumn,
    ColumnCount
};

QString scopesText(const QString &scopes)
{
    QStringList short_;
    for (const QString &s : scopes.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        short_ << s.section(QLatin1Char('/'), -1);
    return short_.join(QStringLiteral(", "));
}

} // namespace

ConsentLogDialog::ConsentLogDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("consentLogDialog"));
    setWindowTitle(tr("Consent log"));
    auto *intro = new QLabel(tr("Every consent to the Google connection and every withdrawal, "
                                "with the version and SHA-256 of the privacy notice agreed to. "
                                "Entries are never changed or deleted."),
                             this);
    intro->setObjectName(QStringLiteral("consentLogIntro"));
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("consentLogTable"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Practitioner"), tr("Action"),
                                        tr("Permissions"), tr("Privacy notice"), tr("OS user")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("consentLogMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("consentLogButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("consentLogClose"));
    auto *exportButton = buttons->addButton(tr("Export as CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("consentLogExport"));
    connect(exportButton, &QPushButton::clicked, this, &ConsentLogDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 140, fm.height() * 28);
    reload();
}

void ConsentLogDialog::reload()
{
    QHash<qint64, QString> names;
    if (auto all = PractitionerRepository(m_db).list(true)) {
        for (const auto &p : all.value())
            names.insert(p.id, p.name);
    }
    m_table->setRowCount(0);
    auto entries = ConsentLog(m_db).list();
    if (!entries) {
        m_message->setText(entries.error());
        return;
    }
    for (const ConsentEntry &e : entries.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC);
        auto *time = new QTableWidgetItem(at.toLocalTime().toString(u"dd.MM.yyyy HH:mm:ss"));
        time->setToolTip(at.toString(Qt::ISODate));
        auto *scopes = new QTableWidgetItem(scopesText(e.grantedScopes));
        scopes->setToolTip(e.grantedScopes);
        auto *notice = new QTableWidgetItem(
            tr("Version %1, %2…").arg(e.noticeVersion, e.noticeSha256.left(12)));
        notice->setToolTip(e.noticeSha256);
        m_table->setItem(row, TimeColumn, time);
        m_table->setItem(
            row, PractitionerColumn,
            new QTableWidgetItem(names.value(e.practitionerId, tr("#%1").arg(e.practitionerId))));
        m_table->setItem(row, ActionColumn,
                         new QTableWidgetItem(ConsentLog::actionLabel(e.action)));
        m_table->setItem(row, ScopesColumn, scopes);
        m_table->setItem(row, NoticeColumn, notice);
        m_table->setItem(row, OsUserColumn, new QTableWidgetItem(e.osUser));
    }
    m_table->resizeColumnsToContents();
    if (entries.value().isEmpty())
        m_message->setText(tr("No consent has been given or withdrawn yet."));
}

void ConsentLogDialog::chooseExportFile()
{
    auto *dialog = new QFileDialog(
        this, tr("Export consent log"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("consent-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("consentLogFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportCsv(path); });
    dialog->open();
}

Status ConsentLogDialog::exportCsv(const QString &path)
{
    auto entries = ConsentLog(m_db).list();
    Status result = success();
    if (!entries) {
        result = Status::failure(entries.error());
    } else {
        QSaveFile file(path);
        if (!openPrivate(file) || file.write(ConsentLog::toCsv(entries.value())) < 0 ||
            !file.commit())
            result = Status::failure(tr("The consent log could not be written to %1 (%2). Please "
                                        "choose another folder.")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    m_message->setStyleSheet(result ? QStringLiteral("color: #2e7d32;")
                                    : QStringLiteral("color: #b00020;"));
    m_message->setText(result ? tr("%n entry(s) exported to %1.", "", int(entries.value().size()))
                                    .arg(QDir::toNativeSeparators(path))
                              : result.error());
    return result;
}

} // namespace empfang
