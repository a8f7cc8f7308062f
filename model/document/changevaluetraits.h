#pragma once

#include "commands.h"

namespace skyplan::valuetraits {

// One small traits struct per editable property, for ChangeValueCommand. Each says how to read
// the value, how to write it (through the document, so the change is announced with the right
// fields), its name for the undo text, and its merge id.

#define SKYPLAN_SERVICE_TRAIT(Name, Type, member, flag, text, index)                               \
    struct Name {                                                                                  \
        using Value = Type;                                                                        \
        static constexpr int mergeId = int(MergeId::ServiceValue) + (index);                       \
        static QString name() { return undoText(text); }                                           \
        static Value read(const Design &d, const QString &id)                                      \
        {                                                                                          \
            const PlacedService *s = d.service(id);                                                \
            return s ? s->member : Value();                                                        \
        }                                                                                          \
        static void write(DesignDocument *doc, const QString &id, const Value &v)                  \
        {                                                                                          \
            doc->editService(id, DesignChange::Field::flag,                                        \
                             [&](PlacedService &s) { s.member = v; });                             \
        }                                                                                          \
    };

#define SKYPLAN_LINK_TRAIT(Name, Type, member, flag, text, index)                                  \
    struct Name {                                                                                  \
        using Value = Type;                                                                        \
        static constexpr int mergeId = int(MergeId::LinkValue) + (index);                          \
        static QString name() { return undoText(text); }                                           \
        static Value read(const Design &d, const QString &id)                                      \
        {                                                                                          \
            const Link *l = d.link(id);                                                            \
            return l ? l->member : Value();                                                        \
        }                                                                                          \
        static void write(DesignDocument *doc, const QString &id, const Value &v)                  \
        {                                                                                          \
            doc->editLink(id, DesignChange::Field::flag, [&](Link &l) { l.member = v; });          \
        }                                                                                          \
    };

#define SKYPLAN_DESIGN_TRAIT(Name, Type, member, flag, text, index)                                \
    struct Name {                                                                                  \
        using Value = Type;                                                                        \
        static constexpr int mergeId = int(MergeId::DesignValue) + (index);                        \
        static QString name() { return undoText(text); }                                           \
        static Value read(const Design &d, const QString &) { return d.member; }                   \
        static void write(DesignDocument *doc, const QString &, const Value &v)                    \
        {                                                                                          \
            doc->editDesign(DesignChange::Field::flag, [&](Design &d) { d.member = v; });          \
        }                                                                                          \
    };

SKYPLAN_SERVICE_TRAIT(Label, QString, label, Identity, QT_TRANSLATE_NOOP("Undo", "label"), 1)
SKYPLAN_SERVICE_TRAIT(Role, QString, role, Identity, QT_TRANSLATE_NOOP("Undo", "role"), 2)
SKYPLAN_SERVICE_TRAIT(Reason, QString, reason, Identity, QT_TRANSLATE_NOOP("Undo", "reason"), 3)
using TagMap = QMap<QString, QString>; // a macro argument cannot hold the comma
SKYPLAN_SERVICE_TRAIT(Tags, TagMap, tags, Identity, QT_TRANSLATE_NOOP("Undo", "tags"), 4)
SKYPLAN_SERVICE_TRAIT(Region, QString, region, Placement, QT_TRANSLATE_NOOP("Undo", "region"), 5)
SKYPLAN_SERVICE_TRAIT(DeploymentValue, Deployment, deployment, Placement,
                      QT_TRANSLATE_NOOP("Undo", "deployment"), 6)
SKYPLAN_SERVICE_TRAIT(InstanceType, QString, instanceType, Sizing,
                      QT_TRANSLATE_NOOP("Undo", "instance type"), 7)
SKYPLAN_SERVICE_TRAIT(Instances, int, instances, Sizing, QT_TRANSLATE_NOOP("Undo", "instances"), 8)
SKYPLAN_SERVICE_TRAIT(HoursPerDay, double, hoursPerDay, Sizing,
                      QT_TRANSLATE_NOOP("Undo", "hours per day"), 9)
SKYPLAN_SERVICE_TRAIT(DaysPerWeek, double, daysPerWeek, Sizing,
                      QT_TRANSLATE_NOOP("Undo", "days per week"), 10)
SKYPLAN_SERVICE_TRAIT(Pricing, PricingModel, pricing, Sizing,
                      QT_TRANSLATE_NOOP("Undo", "pricing model"), 11)
SKYPLAN_SERVICE_TRAIT(StorageGb, double, storageGb, Sizing, QT_TRANSLATE_NOOP("Undo", "storage"),
                      12)
SKYPLAN_SERVICE_TRAIT(StorageTierValue, StorageTier, storageTier, Sizing,
                      QT_TRANSLATE_NOOP("Undo", "storage tier"), 13)
SKYPLAN_SERVICE_TRAIT(TbScanned, double, tbScannedPerMonth, Sizing,
                      QT_TRANSLATE_NOOP("Undo", "TB scanned"), 14)
SKYPLAN_SERVICE_TRAIT(Requests, double, requestsMillionsPerMonth, Sizing,
                      QT_TRANSLATE_NOOP("Undo", "requests"), 15)
SKYPLAN_SERVICE_TRAIT(Tokens, double, tokensMillionsPerMonth, Sizing,
                      QT_TRANSLATE_NOOP("Undo", "tokens"), 16)
SKYPLAN_SERVICE_TRAIT(Classification, DataClassification, classification, Data,
                      QT_TRANSLATE_NOOP("Undo", "data classification"), 17)
SKYPLAN_SERVICE_TRAIT(DataOrigin, QString, dataOrigin, Data,
                      QT_TRANSLATE_NOOP("Undo", "data origin"), 18)
SKYPLAN_SERVICE_TRAIT(EncryptionAtRest, bool, encryptionAtRest, Data,
                      QT_TRANSLATE_NOOP("Undo", "encryption at rest"), 19)
SKYPLAN_SERVICE_TRAIT(EncryptionInTransit, bool, encryptionInTransit, Data,
                      QT_TRANSLATE_NOOP("Undo", "encryption in transit"), 20)
SKYPLAN_SERVICE_TRAIT(Availability, double, availability, Resilience,
                      QT_TRANSLATE_NOOP("Undo", "availability"), 21)
SKYPLAN_SERVICE_TRAIT(Workload, WorkloadType, workloadType, Resilience,
                      QT_TRANSLATE_NOOP("Undo", "workload type"), 22)
SKYPLAN_SERVICE_TRAIT(Dr, DrStrategy, drStrategy, Resilience,
                      QT_TRANSLATE_NOOP("Undo", "DR strategy"), 23)

SKYPLAN_LINK_TRAIT(LinkLabel, QString, label, Identity, QT_TRANSLATE_NOOP("Undo", "link label"), 1)
SKYPLAN_LINK_TRAIT(Kind, LinkKind, kind, Resilience, QT_TRANSLATE_NOOP("Undo", "link kind"), 2)
SKYPLAN_LINK_TRAIT(GbPerMonth, double, gbPerMonth, Transfer,
                   QT_TRANSLATE_NOOP("Undo", "GB per month"), 3)
SKYPLAN_LINK_TRAIT(Path, NetworkPath, path, Transfer, QT_TRANSLATE_NOOP("Undo", "network path"), 4)
SKYPLAN_LINK_TRAIT(CrossZone, bool, crossZone, Transfer, QT_TRANSLATE_NOOP("Undo", "cross-zone"), 5)
SKYPLAN_LINK_TRAIT(Anonymized, bool, anonymized, Data, QT_TRANSLATE_NOOP("Undo", "anonymisation"),
                   6)
SKYPLAN_LINK_TRAIT(Mechanism, TransferMechanism, transferMechanism, Data,
                   QT_TRANSLATE_NOOP("Undo", "transfer mechanism"), 7)

SKYPLAN_DESIGN_TRAIT(Name, QString, name, Identity, QT_TRANSLATE_NOOP("Undo", "design name"), 1)
SKYPLAN_DESIGN_TRAIT(Description, QString, description, Identity,
                     QT_TRANSLATE_NOOP("Undo", "description"), 2)
SKYPLAN_DESIGN_TRAIT(Organization, OrganizationProfile, organization, All,
                     QT_TRANSLATE_NOOP("Undo", "organisation profile"), 3)
SKYPLAN_DESIGN_TRAIT(EntryPoints, QStringList, entryPoints, Resilience,
                     QT_TRANSLATE_NOOP("Undo", "entry points"), 4)
SKYPLAN_DESIGN_TRAIT(RedundancyGroups, std::vector<RedundancyGroup>, redundancyGroups, Resilience,
                     QT_TRANSLATE_NOOP("Undo", "redundancy groups"), 5)
SKYPLAN_DESIGN_TRAIT(Sites, std::vector<OnPremSite>, sites, Placement,
                     QT_TRANSLATE_NOOP("Undo", "on-prem sites"), 6)
SKYPLAN_DESIGN_TRAIT(Views, std::vector<SavedView>, views, Position,
                     QT_TRANSLATE_NOOP("Undo", "saved views"), 7)

#undef SKYPLAN_SERVICE_TRAIT
#undef SKYPLAN_LINK_TRAIT
#undef SKYPLAN_DESIGN_TRAIT

} // namespace skyplan::valuetraits
