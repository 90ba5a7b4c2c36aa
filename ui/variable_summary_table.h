// SPDX-License-Identifier: GPL-3.0-or-later
// Thread contract: GUI thread only.
#pragma once

#include "run_record.h"

#include <QStringList>
#include <QTableWidget>
#include <QVector>

namespace mcui {

/// One variable of an "all variables of the station" run: its comparison, or why there is none.
/// Texts are made when asked, so they follow the language.
struct VariableOutcome {
    enum class Status { Ok, Skipped, Failed, Stopped, NotRun };
    QString variable;
    QStringList names;               ///< the configurations, as in the comparison table
    QVector<RunResultPtr> results;   ///< one per configuration trained (fewer when stopped)
    bool run = false;                ///< false while the variable waits, or when stopped before it

    [[nodiscard]] Status status() const;
    /// "ok", "skipped", "failed", "stopped", "not-run": stable, for tests and files.
    [[nodiscard]] QString statusKey() const;
    /// Translated, one line: why it was skipped or failed and what to try; empty when Ok.
    [[nodiscard]] QString reason() const;
    /// Translated, with the core's details, for a tooltip.
    [[nodiscard]] QString details() const;
    [[nodiscard]] bool hasResults() const;

private:
    /// The first configuration that failed, -1 when none did.
    [[nodiscard]] int firstFailure() const;
};

/// The summary of an all-variables run: one row per variable with each configuration's RMSE and
/// skill vs persistence (headed "RMSE A", "Skill A" …; see legend()), the status and, for a
/// skipped variable, the reason and what to try.
/// Column 0 holds VariableOutcome::statusKey() under StatusRole.
class VariableSummaryTable final : public QTableWidget {
    Q_OBJECT
public:
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit VariableSummaryTable(QWidget* parent = nullptr);

    void setOutcomes(const QVector<VariableOutcome>& outcomes, const QStringList& names);
    [[nodiscard]] const QVector<VariableOutcome>& outcomes() const { return m_outcomes; }

    /// "A", "B" …: how the headers name configuration @p index (0-based).
    [[nodiscard]] static QString configLetter(int index);
    /// "A: Current settings   ·   B: Run 1 …", for a line above the table.
    [[nodiscard]] QString legend() const;

    /// @p english (a sentence of mc::skipSuggestion) in the current language.
    [[nodiscard]] static QString translatedSuggestion(const std::string& english);

Q_SIGNALS:
    void legendChanged(const QString& legend);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    QVector<VariableOutcome> m_outcomes;
    QStringList m_names;
};

}  // namespace mcui
