<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Analysis</name>
    <message>
        <source>an unknown country</source>
        <translation>einem unbekannten Land</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>data origin</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No %1 region qualifies: move %2 to a provider that has one, or to an on-premises site there</source>
        <translation>Keine %1-Region erfüllt die Bedingungen: Verschieben Sie %2 zu einem Anbieter, der eine solche Region hat, oder an einen On-Premises-Standort dort</translation>
    </message>
    <message>
        <source>%1 holds %2-resident personal data in %3, which is not among the regions your compliance requirements allow for %4</source>
        <translation>%1 speichert personenbezogene Daten mit Residenzpflicht %2 in %3, das nicht zu den Regionen gehört, die Ihre Compliance-Anforderungen für %4 erlauben</translation>
    </message>
    <message>
        <source>Move it to one of: %1</source>
        <translation>Verschieben Sie den Dienst in eine dieser Regionen: %1</translation>
    </message>
    <message>
        <source>encryption at rest</source>
        <translation>Verschlüsselung ruhender Daten</translation>
    </message>
    <message>
        <source>encryption in transit</source>
        <translation>Verschlüsselung bei der Übertragung</translation>
    </message>
    <message>
        <source>%1 holds personal data without %2, which your pii_handling requirements make mandatory</source>
        <translation>%1 speichert personenbezogene Daten ohne %2, die Ihre pii_handling-Anforderungen vorschreiben</translation>
    </message>
    <message>
        <source>Turn on %1 for it</source>
        <translation>Aktivieren Sie dafür die %1</translation>
    </message>
    <message>
        <source>organisation profile</source>
        <translation>Organisationsprofil</translation>
    </message>
    <message>
        <source>%1 data of origin %2 in %3</source>
        <translation>%1-Daten der Herkunft %2 in %3</translation>
    </message>
    <message>
        <source>%1/%2 is not in the catalog</source>
        <translation>%1/%2 ist nicht im Katalog</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>%1 list rate</source>
        <translation>%1, Listenpreis</translation>
    </message>
    <message>
        <source>on-demand %1 x %2 (%3)</source>
        <translation>On-Demand %1 x %2 (%3)</translation>
    </message>
    <message>
        <source>region multiplier %1</source>
        <translation>Regionsfaktor %1</translation>
    </message>
    <message>
        <source>%1 list price %2</source>
        <translation>Listenpreis %2 in %1</translation>
    </message>
    <message>
        <source>%1 (owned, amortised)</source>
        <translation>%1 (eigene Hardware, abgeschrieben)</translation>
    </message>
    <message>
        <source>%1 x %2 per month (%3)</source>
        <translation>%1 x %2 pro Monat (%3)</translation>
    </message>
    <message>
        <source>%1 x 730 h (a commitment is paid for every hour, whatever the schedule) = %2 %3s; rate %4 (%5, %6)</source>
        <translation>%1 x 730 h (eine Nutzungszusage wird für jede Stunde bezahlt, unabhängig vom Zeitplan) = %2 Einheiten (%3); Preis %4 (%5, %6)</translation>
    </message>
    <message>
        <source>%1 x 730 h x (%2 h/day x %3 days/week) / 168 = %4 %5s; rate %6 (%7, %8)</source>
        <translation>%1 x 730 h x (%2 h/Tag x %3 Tage/Woche) / 168 = %4 Einheiten (%5); Preis %6 (%7, %8)</translation>
    </message>
    <message>
        <source>, x %1 for %2</source>
        <translation>, x %1 für %2</translation>
    </message>
    <message>
        <source>%1 GB stored</source>
        <translation>%1 GB gespeichert</translation>
    </message>
    <message>
        <source>%1 TB scanned</source>
        <translation>%1 TB gescannt</translation>
    </message>
    <message>
        <source>%1 million requests</source>
        <translation>%1 Mio. Anfragen</translation>
    </message>
    <message>
        <source>%1 million tokens</source>
        <translation>%1 Mio. Tokens</translation>
    </message>
    <message>
        <source>%1 x 730 h</source>
        <translation>%1 x 730 h</translation>
    </message>
    <message>
        <source>730 h</source>
        <translation>730 h</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>, less %1 free</source>
        <translation>, Freikontingent %1</translation>
    </message>
    <message>
        <source>%1; rate %2 per %3</source>
        <translation>%1; Preis %2 pro %3</translation>
    </message>
    <message>
        <source> x region multiplier %1</source>
        <translation> x Regionsfaktor %1</translation>
    </message>
    <message>
        <source> x %1 for %2</source>
        <translation> x %1 für %2</translation>
    </message>
    <message>
        <source>Negotiated discount (%1%)</source>
        <translation>Verhandelter Rabatt (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 of %2 subtotal</source>
        <translation>%1 der Zwischensumme bei %2</translation>
    </message>
    <message>
        <source>run %1 h a day, %2 days a week (business hours)</source>
        <translation>%1 h pro Tag an %2 Tagen pro Woche betreiben (Geschäftszeiten)</translation>
    </message>
    <message>
        <source>spot capacity for training, with checkpoints</source>
        <translation>Spot-Kapazität für das Training, mit Checkpoints</translation>
    </message>
    <message>
        <source>reserve it for 1 year: steady inference runs 24/7</source>
        <translation>für 1 Jahr reservieren: gleichmäßige Inferenz läuft rund um die Uhr</translation>
    </message>
    <message>
        <source>cover it with a savings plan: steady inference runs 24/7</source>
        <translation>mit einem Savings Plan abdecken: gleichmäßige Inferenz läuft rund um die Uhr</translation>
    </message>
    <message>
        <source>move to the archive tier</source>
        <translation>in die Archiv-Speicherklasse verschieben</translation>
    </message>
    <message>
        <source>%1 is %2% available (%3 min down a year), below the %4% target</source>
        <translation>%1 ist zu %2&#xa0;% verfügbar (%3 min Ausfallzeit pro Jahr), unter dem Ziel von %4&#xa0;%</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no recovery time</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>no DR strategy</source>
        <translation>keine DR-Strategie</translation>
    </message>
    <message>
        <source>RTO %1 &gt; target %2</source>
        <translation>RTO %1 &gt; Ziel %2</translation>
    </message>
    <message>
        <source>RPO %1 &gt; target %2</source>
        <translation>RPO %1 &gt; Ziel %2</translation>
    </message>
    <message>
        <source>; Lecture 01 suggests %1 (%2)</source>
        <translation>; Vorlesung 01 empfiehlt %1 (%2)</translation>
    </message>
    <message>
        <source>dr_strategy of the service</source>
        <translation>DR-Strategie des Dienstes (dr_strategy)</translation>
    </message>
    <message>
        <source>redundancy group &quot;%1&quot; sits in one region (%2): a regional disaster takes every member</source>
        <translation>Redundanzgruppe „%1“ liegt in einer einzigen Region (%2): Ein regionaler Ausfall trifft alle Mitglieder</translation>
    </message>
    <message>
        <source>redundancy group &quot;%1&quot; needs all its members: there is no spare</source>
        <translation>Redundanzgruppe „%1“ braucht alle Mitglieder: Es gibt keine Reserve</translation>
    </message>
    <message>
        <source>redundancy group &quot;%1&quot; (%2, %3 failover)</source>
        <translation>Redundanzgruppe „%1“ (%2, Failover %3)</translation>
    </message>
    <message>
        <source>, stated RTO/RPO</source>
        <translation>, angegebene RTO/RPO</translation>
    </message>
    <message>
        <source>no DR strategy and no redundancy group</source>
        <translation>keine DR-Strategie und keine Redundanzgruppe</translation>
    </message>
    <message>
        <source>disaster_recovery plan (%1, %2 failover, standby capacity %3)</source>
        <translation>disaster_recovery-Plan (%1, Failover %2, Standby-Kapazität %3)</translation>
    </message>
    <message>
        <source>inter-region rate $%1/GB</source>
        <translation>regionsübergreifender Preis $%1/GB</translation>
    </message>
    <message>
        <source>cross-zone rate $%1/GB</source>
        <translation>zonenübergreifender Preis $%1/GB</translation>
    </message>
    <message>
        <source>same region: free</source>
        <translation>gleiche Region: kostenlos</translation>
    </message>
    <message>
        <source>private interconnect rate $%1/GB</source>
        <translation>Preis für privaten Interconnect $%1/GB</translation>
    </message>
    <message>
        <source>%1 internet tiers on %2 GB/month in all, blended $%3/GB</source>
        <translation>Internet-Preisstufen von %1 auf insgesamt %2 GB/Monat, Mischpreis $%3/GB</translation>
    </message>
    <message>
        <source>, less %1% negotiated discount</source>
        <translation>, abzüglich %1&#xa0;% verhandelter Rabatt</translation>
    </message>
    <message>
        <source>no workload on Kubernetes or portable compute</source>
        <translation>kein Workload auf Kubernetes oder portablem Compute</translation>
    </message>
    <message>
        <source>portable workloads: %1</source>
        <translation>portable Workloads: %1</translation>
    </message>
    <message>
        <source>no open-interface storage</source>
        <translation>kein Speicher mit offener Schnittstelle</translation>
    </message>
    <message>
        <source>open storage: %1</source>
        <translation>offener Speicher: %1</translation>
    </message>
    <message>
        <source>workloads on %1</source>
        <translation>Workloads bei %1</translation>
    </message>
    <message>
        <source>every service is portable or managed-open</source>
        <translation>jeder Dienst ist portabel oder verwaltet mit offener Schnittstelle</translation>
    </message>
    <message>
        <source>one provider, with proprietary services</source>
        <translation>ein Anbieter, mit proprietären Diensten</translation>
    </message>
    <message>
        <source>public clouds: %1</source>
        <translation>öffentliche Clouds: %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no public cloud</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>every service outside %1 has a reason</source>
        <translation>jeder Dienst außerhalb von %1 hat eine Begründung</translation>
    </message>
    <message>
        <source>no reason stated for: %1</source>
        <translation>keine Begründung angegeben für: %1</translation>
    </message>
    <message>
        <source>cross-cloud egress is %1 of monthly spend</source>
        <translation>Cloud-übergreifender Egress macht %1 der monatlichen Ausgaben aus</translation>
    </message>
    <message>
        <source>everything runs on demand, around the clock</source>
        <translation>alles läuft On-Demand, rund um die Uhr</translation>
    </message>
    <message>
        <source>optimised: %1</source>
        <translation>optimiert: %1</translation>
    </message>
    <message>
        <source>no entry points (mark the user-facing services)</source>
        <translation>keine Einstiegspunkte (markieren Sie die Dienste, die Benutzer direkt erreichen)</translation>
    </message>
    <message>
        <source>every entry point is served active-active</source>
        <translation>jeder Einstiegspunkt wird Aktiv-Aktiv bedient</translation>
    </message>
    <message>
        <source>not active-active: %1</source>
        <translation>nicht Aktiv-Aktiv: %1</translation>
    </message>
    <message>
        <source>no management plane</source>
        <translation>keine Management-Ebene</translation>
    </message>
    <message>
        <source>management plane: %1</source>
        <translation>Management-Ebene: %1</translation>
    </message>
    <message>
        <source>no redundancy groups or DR plans</source>
        <translation>keine Redundanzgruppen oder DR-Pläne</translation>
    </message>
    <message>
        <source>every failover is automatic</source>
        <translation>jedes Failover erfolgt automatisch</translation>
    </message>
    <message>
        <source>manual failover: %1</source>
        <translation>manuelles Failover: %1</translation>
    </message>
    <message>
        <source>managed Kubernetes on every cloud in use</source>
        <translation>verwaltetes Kubernetes in jeder genutzten Cloud</translation>
    </message>
    <message>
        <source>no managed Kubernetes on: %1</source>
        <translation>kein verwaltetes Kubernetes bei: %1</translation>
    </message>
    <message>
        <source>unknown criterion &quot;%1&quot; (not checked)</source>
        <translation>unbekanntes Kriterium „%1“ (nicht geprüft)</translation>
    </message>
    <message>
        <source>cloud spend of $%1 a year is enterprise scale</source>
        <translation>Cloud-Ausgaben von $%1 pro Jahr entsprechen der Größenordnung eines Großunternehmens</translation>
    </message>
    <message>
        <source>availability target %1 needs more than one provider</source>
        <translation>Verfügbarkeitsziel %1 erfordert mehr als einen Anbieter</translation>
    </message>
    <message numerus="yes">
        <source>%n regulatory regimes in scope</source>
        <translation>
            <numerusform>%n geltendes Regelwerk</numerusform>
            <numerusform>%n geltende Regelwerke</numerusform>
        </translation>
    </message>
    <message>
        <source>specialised hardware (%1 on %2)</source>
        <translation>spezialisierte Hardware (%1 bei %2)</translation>
    </message>
    <message numerus="yes">
        <source>regions on %n continents (global users)</source>
        <translation>
            <numerusform>Regionen auf %n Kontinent (weltweite Benutzer)</numerusform>
            <numerusform>Regionen auf %n Kontinenten (weltweite Benutzer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a team of %n engineers is small for several clouds</source>
        <translation>
            <numerusform>ein Team mit %n Person ist für mehrere Clouds klein</numerusform>
            <numerusform>ein Team mit %n Personen ist für mehrere Clouds klein</numerusform>
        </translation>
    </message>
    <message>
        <source>cloud spend of $%1 a year is too small to negotiate</source>
        <translation>Cloud-Ausgaben von $%1 pro Jahr sind zu gering, um Konditionen auszuhandeln</translation>
    </message>
    <message>
        <source>everything runs in one region</source>
        <translation>alles läuft in einer einzigen Region</translation>
    </message>
    <message>
        <source>availability target %1 is met by one cloud</source>
        <translation>Verfügbarkeitsziel %1 wird mit einer Cloud erreicht</translation>
    </message>
    <message>
        <source>(Decision framework: %1.)</source>
        <translation>(Entscheidungsrahmen: %1.)</translation>
    </message>
    <message>
        <source>(No reason: %1.)</source>
        <translation>(Ohne Begründung: %1.)</translation>
    </message>
    <message>
        <source>(No cloud runs Kubernetes.)</source>
        <translation>(Keine Cloud betreibt Kubernetes.)</translation>
    </message>
    <message>
        <source>(Kubernetes only on %1.)</source>
        <translation>(Kubernetes nur bei %1.)</translation>
    </message>
    <message>
        <source>(Now %1.)</source>
        <translation>(Derzeit %1.)</translation>
    </message>
    <message>
        <source>(Groups: %1.)</source>
        <translation>(Gruppen: %1.)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>a list cut short</comment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogData</name>
    <message>
        <source>1 Gbps Standard circuit, metered data plan</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>1-Gbit/s-Standardleitung, Datentarif nach Volumen</translation>
    </message>
    <message>
        <source>1 vCPU, 3.75 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>1 vCPU, 3.75 GB</translation>
    </message>
    <message>
        <source>1-socket server, 16 cores, 64 GB RAM, 2x 1.92 TB NVMe (RAID 1)</source>
        <extracomment>instance type description</extracomment>
        <translation>1-Sockel-Server, 16 Kerne, 64 GB RAM, 2x 1.92 TB NVMe (RAID 1)</translation>
    </message>
    <message>
        <source>10 Gbps Dedicated Interconnect circuit</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>10-Gbit/s-Leitung (Dedicated Interconnect)</translation>
    </message>
    <message>
        <source>10 Gbps dedicated port</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Dedizierter 10-Gbit/s-Port</translation>
    </message>
    <message>
        <source>12 vCPU, 96 GiB, managed storage</source>
        <extracomment>instance type description</extracomment>
        <translation>12 vCPU, 96 GiB, verwalteter Speicher</translation>
    </message>
    <message>
        <source>1M queries</source>
        <extracomment>unit</extracomment>
        <translation>1 Mio. Abfragen</translation>
    </message>
    <message>
        <source>1M requests</source>
        <extracomment>unit</extracomment>
        <translation>1 Mio. Anfragen</translation>
    </message>
    <message>
        <source>1M tokens</source>
        <extracomment>unit</extracomment>
        <translation>1 Mio. Tokens</translation>
    </message>
    <message>
        <source>1x NVIDIA A100 40 GB, 12 vCPU, 85 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>1x NVIDIA A100 40 GB, 12 vCPU, 85 GB</translation>
    </message>
    <message>
        <source>1x NVIDIA A100 80 GB, 24 vCPU, 220 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>1x NVIDIA A100 80 GB, 24 vCPU, 220 GiB</translation>
    </message>
    <message>
        <source>1x NVIDIA A10G 24 GB, 4 vCPU, 16 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>1x NVIDIA A10G 24 GB, 4 vCPU, 16 GiB</translation>
    </message>
    <message>
        <source>1x NVIDIA T4</source>
        <extracomment>instance type description</extracomment>
        <translation>1x NVIDIA T4</translation>
    </message>
    <message>
        <source>1x NVIDIA T4 16 GB, 4 vCPU, 16 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>1x NVIDIA T4 16 GB, 4 vCPU, 16 GiB</translation>
    </message>
    <message>
        <source>1x NVIDIA T4 16 GB, 4 vCPU, 28 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>1x NVIDIA T4 16 GB, 4 vCPU, 28 GiB</translation>
    </message>
    <message>
        <source>1x NVIDIA V100</source>
        <extracomment>instance type description</extracomment>
        <translation>1x NVIDIA V100</translation>
    </message>
    <message>
        <source>1x NVIDIA V100 16 GB, 8 vCPU, 61 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>1x NVIDIA V100 16 GB, 8 vCPU, 61 GiB</translation>
    </message>
    <message>
        <source>2 vCPU, 1 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>2 vCPU, 1 GiB</translation>
    </message>
    <message>
        <source>2 vCPU, 15 GiB, 160 GB SSD</source>
        <extracomment>instance type description</extracomment>
        <translation>2 vCPU, 15 GiB, 160 GB SSD</translation>
    </message>
    <message>
        <source>2 vCPU, 8 GB (2 x 0.0413 + 8 x 0.007)</source>
        <extracomment>instance type description</extracomment>
        <translation>2 vCPU, 8 GB (2 x 0.0413 + 8 x 0.007)</translation>
    </message>
    <message>
        <source>2 vCPU, 8 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>2 vCPU, 8 GiB</translation>
    </message>
    <message>
        <source>2-socket server with 2x NVIDIA L40S 48 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>2-Sockel-Server mit 2x NVIDIA L40S 48 GB</translation>
    </message>
    <message>
        <source>2-socket server with 4x NVIDIA L40S 48 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>2-Sockel-Server mit 4x NVIDIA L40S 48 GB</translation>
    </message>
    <message>
        <source>2-socket server, 32 cores, 256 GB RAM, 2x 3.84 TB NVMe</source>
        <extracomment>instance type description</extracomment>
        <translation>2-Sockel-Server, 32 Kerne, 256 GB RAM, 2x 3.84 TB NVMe</translation>
    </message>
    <message>
        <source>2-socket server, 32 cores, 256 GB RAM, 4x 3.84 TB NVMe (RAID 10)</source>
        <extracomment>instance type description</extracomment>
        <translation>2-Sockel-Server, 32 Kerne, 256 GB RAM, 4x 3.84 TB NVMe (RAID 10)</translation>
    </message>
    <message>
        <source>4 vCPU, 15 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 15 GB</translation>
    </message>
    <message>
        <source>4 vCPU, 15 GB, general purpose</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 15 GB, Allzweck</translation>
    </message>
    <message>
        <source>4 vCPU, 16 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 16 GB</translation>
    </message>
    <message>
        <source>4 vCPU, 16 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 16 GiB</translation>
    </message>
    <message>
        <source>4 vCPU, 16 GiB, general purpose</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 16 GiB, Allzweck</translation>
    </message>
    <message>
        <source>4 vCPU, 32 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 32 GiB</translation>
    </message>
    <message>
        <source>4 vCPU, 32 GiB, managed storage</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 32 GiB, verwalteter Speicher</translation>
    </message>
    <message>
        <source>4 vCPU, 8 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 8 GiB</translation>
    </message>
    <message>
        <source>4 vCPU, 8 GiB, compute optimised</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 8 GiB, rechenoptimiert</translation>
    </message>
    <message>
        <source>4x NVIDIA V100 16 GB, 32 vCPU, 244 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>4x NVIDIA V100 16 GB, 32 vCPU, 244 GiB</translation>
    </message>
    <message>
        <source>8x NVIDIA A100 40 GB, 96 vCPU, 1152 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>8x NVIDIA A100 40 GB, 96 vCPU, 1152 GiB</translation>
    </message>
    <message>
        <source>8x NVIDIA A100 40 GB, 96 vCPU, 680 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>8x NVIDIA A100 40 GB, 96 vCPU, 680 GB</translation>
    </message>
    <message>
        <source>8x NVIDIA A100 40 GB, 96 vCPU, 900 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>8x NVIDIA A100 40 GB, 96 vCPU, 900 GiB</translation>
    </message>
    <message>
        <source>8x NVIDIA A100 40 GB, 96 vCPU, 900 GiB, InfiniBand</source>
        <extracomment>instance type description</extracomment>
        <translation>8x NVIDIA A100 40 GB, 96 vCPU, 900 GiB, InfiniBand</translation>
    </message>
    <message>
        <source>A multi-cloud management plane (Anthos, Azure Arc) is in the design</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Der Entwurf enthält eine Multi-Cloud-Management-Ebene (Anthos, Azure Arc)</translation>
    </message>
    <message>
        <source>AKS Standard tier cluster fee</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>AKS-Clustergebühr (Standard-Tarif)</translation>
    </message>
    <message>
        <source>API calls</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Access operations</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Zugriffsvorgänge</translation>
    </message>
    <message>
        <source>Active logical storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Aktiver logischer Speicher</translation>
    </message>
    <message>
        <source>Active secret versions</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Aktive Secret-Versionen</translation>
    </message>
    <message>
        <source>An entry point depends on a redundancy group that fails over manually: failover waits for a person.</source>
        <extracomment>anti-pattern explanation</extracomment>
        <translation>Ein Einstiegspunkt hängt von einer Redundanzgruppe mit manuellem Failover ab: Das Failover wartet auf einen Menschen.</translation>
    </message>
    <message>
        <source>Argentina</source>
        <extracomment>country</extracomment>
        <translation>Argentinien</translation>
    </message>
    <message>
        <source>Artifact storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Artefaktspeicher</translation>
    </message>
    <message>
        <source>Australia</source>
        <extracomment>country</extracomment>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Austria</source>
        <extracomment>country</extracomment>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Azure management, policy and GitOps configuration for Kubernetes clusters on other clouds and on-premises.</source>
        <extracomment>service description</extracomment>
        <translation>Azure-Verwaltung, Richtlinien und GitOps-Konfiguration für Kubernetes-Cluster in anderen Clouds und On-Premises.</translation>
    </message>
    <message>
        <source>Balanced persistent disk (pd-balanced)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Ausgewogener nichtflüchtiger Speicher (pd-balanced)</translation>
    </message>
    <message>
        <source>Basic health checks (Azure endpoints)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Einfache Integritätsprüfungen (Azure-Endpunkte)</translation>
    </message>
    <message>
        <source>Batch job scheduling on EC2; AWS Batch itself is free, the instances are billed.</source>
        <extracomment>service description</extracomment>
        <translation>Planung von Batch-Jobs auf EC2; AWS Batch selbst ist kostenlos, berechnet werden die Instanzen.</translation>
    </message>
    <message>
        <source>Belgium</source>
        <extracomment>country</extracomment>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Block blob storage, LRS (Hot / Cool / Archive)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Blockblob-Speicher, LRS (Hot / Cool / Archive)</translation>
    </message>
    <message>
        <source>Brazil</source>
        <extracomment>country</extracomment>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <extracomment>country</extracomment>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Burstable, 1 vCore, 2 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>Burstfähig, 1 vCore, 2 GiB</translation>
    </message>
    <message>
        <source>CCPA / CPRA</source>
        <extracomment>regulatory regime</extracomment>
        <translation>CCPA / CPRA</translation>
    </message>
    <message>
        <source>Canada</source>
        <extracomment>country</extracomment>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Cardholder data is stored without encryption at rest (PCI DSS req. 3)</source>
        <extracomment>compliance finding</extracomment>
        <translation>Karteninhaberdaten werden ohne Verschlüsselung ruhender Daten gespeichert (PCI DSS Anf. 3)</translation>
    </message>
    <message>
        <source>Cardholder data travels without encryption in transit (PCI DSS req. 4)</source>
        <extracomment>compliance finding</extracomment>
        <translation>Karteninhaberdaten werden ohne Verschlüsselung bei der Übertragung übertragen (PCI DSS Anf. 4)</translation>
    </message>
    <message>
        <source>Check that the transfer has a legal basis and is recorded</source>
        <extracomment>compliance fix</extracomment>
        <translation>Prüfen Sie, ob die Übermittlung eine Rechtsgrundlage hat und dokumentiert ist</translation>
    </message>
    <message>
        <source>China</source>
        <extracomment>country</extracomment>
        <translation>China</translation>
    </message>
    <message>
        <source>China CSL / PIPL localisation</source>
        <extracomment>regulatory regime</extracomment>
        <translation>China CSL / PIPL – Datenlokalisierung</translation>
    </message>
    <message>
        <source>Class B operations (reads)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Vorgänge der Klasse B (Lesen)</translation>
    </message>
    <message>
        <source>Cloud-native multi-cloud</source>
        <extracomment>maturity level</extracomment>
        <translation>Cloud-native Multi-Cloud</translation>
    </message>
    <message>
        <source>Committed use 1 year</source>
        <extracomment>pricing model</extracomment>
        <translation>Zugesicherte Nutzung 1 Jahr</translation>
    </message>
    <message>
        <source>Committed use 3 years</source>
        <extracomment>pricing model</extracomment>
        <translation>Zugesicherte Nutzung 3 Jahre</translation>
    </message>
    <message>
        <source>Compute (1 GB, 200 ms per call)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Compute (1 GB, 200 ms pro Aufruf)</translation>
    </message>
    <message>
        <source>Compute Savings Plan</source>
        <extracomment>pricing model</extracomment>
        <translation>Compute Savings Plan</translation>
    </message>
    <message>
        <source>Compute runs on Kubernetes on some clouds and on proprietary platforms on others: one operating model per cloud.</source>
        <extracomment>anti-pattern explanation</extracomment>
        <translation>Compute läuft in einigen Clouds auf Kubernetes und in anderen auf proprietären Plattformen: ein Betriebsmodell pro Cloud.</translation>
    </message>
    <message>
        <source>Croatia</source>
        <extracomment>country</extracomment>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Cross-cloud data transfer takes more than {egress_share_max_pct}% of monthly spend: apply data gravity, move compute to the data or cache.</source>
        <extracomment>anti-pattern explanation; keep the {placeholders}</extracomment>
        <translation>Cloud-übergreifende Datenübertragung macht mehr als {egress_share_max_pct}&#xa0;% der monatlichen Ausgaben aus: Data Gravity beachten, Compute zu den Daten verlagern oder cachen.</translation>
    </message>
    <message>
        <source>Cross-cloud egress is at most {egress_share_max_pct}% of monthly spend</source>
        <extracomment>maturity criterion; keep the {placeholders}</extracomment>
        <translation>Cloud-übergreifender Egress macht höchstens {egress_share_max_pct}&#xa0;% der monatlichen Ausgaben aus</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <extracomment>country</extracomment>
        <translation>Zypern</translation>
    </message>
    <message>
        <source>Czechia</source>
        <extracomment>country</extracomment>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>DNS queries (first 1 billion)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>DNS-Abfragen (erste Milliarde)</translation>
    </message>
    <message>
        <source>DNS-based global traffic routing with endpoint health checks.</source>
        <extracomment>service description</extracomment>
        <translation>DNS-basiertes globales Traffic-Routing mit Integritätsprüfungen der Endpunkte.</translation>
    </message>
    <message>
        <source>Data Lake Storage Gen2 (Hot, LRS)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Data Lake Storage Gen2 (Hot, LRS)</translation>
    </message>
    <message>
        <source>Data and artifacts sit in open-interface storage (S3-compatible object storage, OCI registries, open database engines)</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Daten und Artefakte liegen in Speicher mit offener Schnittstelle (S3-kompatibler Objektspeicher, OCI-Registries, offene Datenbank-Engines)</translation>
    </message>
    <message>
        <source>Data processed by the load balancer</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Vom Load Balancer verarbeitete Daten</translation>
    </message>
    <message>
        <source>Database administration, backups and patching, per server</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Datenbankadministration, Backups und Patches, pro Server</translation>
    </message>
    <message>
        <source>Declare standard contractual clauses (scc) on this flow, anonymise it, or keep the receiver in the EU/EEA</source>
        <extracomment>compliance fix</extracomment>
        <translation>Legen Sie für diesen Datenfluss Standardvertragsklauseln (scc) fest, anonymisieren Sie ihn oder belassen Sie den Empfänger in der EU/im EWR</translation>
    </message>
    <message>
        <source>Dedicated Interconnect to on-premises; data out is priced per GB on the links that use it.</source>
        <extracomment>service description</extracomment>
        <translation>Dedicated Interconnect zu On-Premises; ausgehende Daten werden pro GB auf den Verbindungen berechnet, die ihn nutzen.</translation>
    </message>
    <message>
        <source>Dedicated private connection; data out is priced per GB on the links that use it.</source>
        <extracomment>service description</extracomment>
        <translation>Dedizierte private Verbindung; ausgehende Daten werden pro GB auf den Verbindungen berechnet, die sie nutzen.</translation>
    </message>
    <message>
        <source>Denmark</source>
        <extracomment>country</extracomment>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>EBS gp3 volumes</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>EBS-gp3-Volumes</translation>
    </message>
    <message>
        <source>EKS control plane</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>EKS-Steuerungsebene</translation>
    </message>
    <message>
        <source>EU personal data ({classification}) flows from {from_country} to {to_country} without a transfer mechanism</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Personenbezogene EU-Daten ({classification}) werden ohne Übermittlungsmechanismus übertragen: {from_country} -&gt; {to_country}</translation>
    </message>
    <message>
        <source>EU personal data ({classification}) is held in {region_name} ({country}), outside the EU/EEA and the countries with an adequacy decision</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Personenbezogene EU-Daten ({classification}) werden in {region_name} ({country}) gespeichert, außerhalb der EU/des EWR und der Länder mit Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <source>EU personal data is stored without encryption at rest (GDPR Art. 32)</source>
        <extracomment>compliance finding</extracomment>
        <translation>Personenbezogene EU-Daten werden ohne Verschlüsselung ruhender Daten gespeichert (DSGVO Art. 32)</translation>
    </message>
    <message>
        <source>EU personal data leaves the EU/EEA: {from_country} -&gt; {to_country}</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Personenbezogene EU-Daten verlassen die EU/den EWR: {from_country} -&gt; {to_country}</translation>
    </message>
    <message>
        <source>Estonia</source>
        <extracomment>country</extracomment>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Every entry point is served by an active-active redundancy group</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Jeder Einstiegspunkt wird von einer Aktiv-Aktiv-Redundanzgruppe bedient</translation>
    </message>
    <message>
        <source>Every public cloud in use runs managed Kubernetes</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Jede genutzte öffentliche Cloud betreibt verwaltetes Kubernetes</translation>
    </message>
    <message>
        <source>Every redundancy group fails over automatically</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Jede Redundanzgruppe hat automatisches Failover</translation>
    </message>
    <message>
        <source>Every service outside the main provider has a stated reason</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Jeder Dienst außerhalb des Hauptanbieters hat eine angegebene Begründung</translation>
    </message>
    <message>
        <source>Execution time (1 GB, 200 ms per call)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Ausführungszeit (1 GB, 200 ms pro Aufruf)</translation>
    </message>
    <message>
        <source>Executions</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Finland</source>
        <extracomment>country</extracomment>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>Fleet management, policy, config sync and service mesh across GKE, other clouds and on-premises clusters.</source>
        <extracomment>service description</extracomment>
        <translation>Flottenverwaltung, Richtlinien, Konfigurationssynchronisierung und Service Mesh über GKE, andere Clouds und On-Premises-Cluster hinweg.</translation>
    </message>
    <message>
        <source>Flexible committed use</source>
        <extracomment>pricing model</extracomment>
        <translation>Flexible zugesicherte Nutzung</translation>
    </message>
    <message>
        <source>Foundation-model API (Gemini), pay per token.</source>
        <extracomment>service description</extracomment>
        <translation>Foundation-Model-API (Gemini), Bezahlung pro Token.</translation>
    </message>
    <message>
        <source>Foundation-model API (pay per token).</source>
        <extracomment>service description</extracomment>
        <translation>Foundation-Model-API (Bezahlung pro Token).</translation>
    </message>
    <message>
        <source>France</source>
        <extracomment>country</extracomment>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>GB-month</source>
        <extracomment>unit</extracomment>
        <translation>GB-Monat</translation>
    </message>
    <message>
        <source>GDPR</source>
        <extracomment>regulatory regime</extracomment>
        <translation>DSGVO</translation>
    </message>
    <message>
        <source>GET requests</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>GET-Anfragen</translation>
    </message>
    <message>
        <source>GKE cluster management fee</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>GKE-Clusterverwaltungsgebühr</translation>
    </message>
    <message>
        <source>GPU node: 1x NVIDIA A100 40 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>GPU-Knoten: 1x NVIDIA A100 40 GB</translation>
    </message>
    <message>
        <source>GPU node: 1x NVIDIA A100 80 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>GPU-Knoten: 1x NVIDIA A100 80 GB</translation>
    </message>
    <message>
        <source>GPU node: 1x NVIDIA A10G</source>
        <extracomment>instance type description</extracomment>
        <translation>GPU-Knoten: 1x NVIDIA A10G</translation>
    </message>
    <message>
        <source>GPU node: 1x NVIDIA T4</source>
        <extracomment>instance type description</extracomment>
        <translation>GPU-Knoten: 1x NVIDIA T4</translation>
    </message>
    <message>
        <source>GPU node: 1x NVIDIA V100</source>
        <extracomment>instance type description</extracomment>
        <translation>GPU-Knoten: 1x NVIDIA V100</translation>
    </message>
    <message>
        <source>GPU node: n1-standard-4 with 1x NVIDIA T4</source>
        <extracomment>instance type description</extracomment>
        <translation>GPU-Knoten: n1-standard-4 mit 1x NVIDIA T4</translation>
    </message>
    <message>
        <source>General Purpose, 2 vCores, 8 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>Universell, 2 vCores, 8 GiB</translation>
    </message>
    <message>
        <source>General Purpose, 4 vCores, 16 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>Universell, 4 vCores, 16 GiB</translation>
    </message>
    <message>
        <source>Germany</source>
        <extracomment>country</extracomment>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Global DNS with health-checked failover routing.</source>
        <extracomment>service description</extracomment>
        <translation>Globales DNS mit Failover-Routing anhand von Integritätsprüfungen.</translation>
    </message>
    <message>
        <source>Global external Application Load Balancer with anycast IP and health-checked failover.</source>
        <extracomment>service description</extracomment>
        <translation>Globaler externer Application Load Balancer mit Anycast-IP und Failover anhand von Integritätsprüfungen.</translation>
    </message>
    <message>
        <source>Global forwarding rules (first 5)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Globale Weiterleitungsregeln (die ersten 5)</translation>
    </message>
    <message>
        <source>Global layer-7 load balancer and CDN with health-probed failover.</source>
        <extracomment>service description</extracomment>
        <translation>Globaler Layer-7-Load-Balancer und CDN mit Failover anhand von Integritätstests.</translation>
    </message>
    <message>
        <source>Google TPU accelerators (TPU VMs and Pod slices) for large-scale training and serving.</source>
        <extracomment>service description</extracomment>
        <translation>Google-TPU-Beschleuniger (TPU-VMs und Pod-Slices) für Training und Inferenz im großen Maßstab.</translation>
    </message>
    <message>
        <source>Greece</source>
        <extracomment>country</extracomment>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>HGX H100 8-GPU server, 8x H100 80 GB SXM</source>
        <extracomment>instance type description</extracomment>
        <translation>HGX-H100-Server mit 8 GPUs, 8x H100 80 GB SXM</translation>
    </message>
    <message>
        <source>HIPAA</source>
        <extracomment>regulatory regime</extracomment>
        <translation>HIPAA</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <extracomment>country</extracomment>
        <translation>Hongkong</translation>
    </message>
    <message>
        <source>Hosted zones</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Gehostete Zonen</translation>
    </message>
    <message>
        <source>Hungary</source>
        <extracomment>country</extracomment>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Iceland</source>
        <extracomment>country</extracomment>
        <translation>Island</translation>
    </message>
    <message>
        <source>Ignoring data transfer costs</source>
        <extracomment>anti-pattern</extracomment>
        <translation>Datenübertragungskosten ignorieren</translation>
    </message>
    <message>
        <source>Image storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Image-Speicher</translation>
    </message>
    <message>
        <source>Inconsistent deployment patterns</source>
        <extracomment>anti-pattern</extracomment>
        <translation>Uneinheitliche Bereitstellungsmuster</translation>
    </message>
    <message>
        <source>India</source>
        <extracomment>country</extracomment>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Indian payment data is held in {country}; the RBI requires payment data to be stored in India</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Indische Zahlungsdaten werden außerhalb Indiens gespeichert ({country}); die RBI verlangt, dass Zahlungsdaten in Indien gespeichert werden</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <extracomment>country</extracomment>
        <translation>Indonesien</translation>
    </message>
    <message>
        <source>Insufficient automation</source>
        <extracomment>anti-pattern</extracomment>
        <translation>Unzureichende Automatisierung</translation>
    </message>
    <message>
        <source>Invocations</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Ireland</source>
        <extracomment>country</extracomment>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Israel</source>
        <extracomment>country</extracomment>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Italy</source>
        <extracomment>country</extracomment>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Japan</source>
        <extracomment>country</extracomment>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Keep PHI out of {label} (anonymise the flow) or use a HIPAA-eligible service</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Halten Sie PHI von {label} fern (anonymisieren Sie den Datenfluss) oder verwenden Sie einen HIPAA-fähigen Dienst</translation>
    </message>
    <message>
        <source>Keep the primary copy on an on-premises site in Russia (e.g. dc-ru); copies abroad are allowed</source>
        <extracomment>compliance fix</extracomment>
        <translation>Halten Sie die Primärkopie an einem On-Premises-Standort in Russland (z. B. dc-ru); Kopien im Ausland sind erlaubt</translation>
    </message>
    <message>
        <source>Kubernetes configuration (defaults.instances = vCPUs under management)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Kubernetes-Konfiguration (defaults.instances = verwaltete vCPUs)</translation>
    </message>
    <message>
        <source>Kubernetes subscription and platform operations, per node</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Kubernetes-Subskription und Plattformbetrieb, pro Knoten</translation>
    </message>
    <message>
        <source>Latvia</source>
        <extracomment>country</extracomment>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <extracomment>country</extracomment>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <extracomment>country</extracomment>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <extracomment>country</extracomment>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>ML storage volumes</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>ML-Speichervolumes</translation>
    </message>
    <message>
        <source>Malta</source>
        <extracomment>country</extracomment>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Managed Kubernetes (Standard tier); nodes are Azure VMs, plus an hourly cluster fee.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltetes Kubernetes (Standard-Tarif); Knoten sind Azure-VMs, dazu eine stündliche Clustergebühr.</translation>
    </message>
    <message>
        <source>Managed Kubernetes; nodes are Compute Engine VMs, plus an hourly cluster fee.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltetes Kubernetes; Knoten sind Compute-Engine-VMs, dazu eine stündliche Clustergebühr.</translation>
    </message>
    <message>
        <source>Managed Kubernetes; nodes are EC2 instances, plus an hourly control-plane fee.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltetes Kubernetes; Knoten sind EC2-Instanzen, dazu eine stündliche Gebühr für die Steuerungsebene.</translation>
    </message>
    <message>
        <source>Managed PostgreSQL (Enterprise edition) for metadata, feature and experiment stores.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltetes PostgreSQL (Enterprise Edition) für Metadaten-, Feature- und Experiment-Stores.</translation>
    </message>
    <message>
        <source>Managed PostgreSQL for metadata, feature and experiment stores.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltetes PostgreSQL für Metadaten-, Feature- und Experiment-Stores.</translation>
    </message>
    <message>
        <source>Managed authoritative DNS, including routing policies for failover.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltetes autoritatives DNS, einschließlich Routing-Richtlinien für Failover.</translation>
    </message>
    <message>
        <source>Managed custom training jobs on GPUs and TPUs, with Spot VMs.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltete benutzerdefinierte Trainingsjobs auf GPUs und TPUs, mit Spot-VMs.</translation>
    </message>
    <message>
        <source>Managed online prediction endpoints; billed per node-hour while deployed.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltete Endpunkte für Online-Vorhersagen; abgerechnet pro Knotenstunde, solange sie bereitgestellt sind.</translation>
    </message>
    <message>
        <source>Managed real-time inference endpoints with autoscaling.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltete Endpunkte für Echtzeit-Inferenz mit Autoscaling.</translation>
    </message>
    <message>
        <source>Managed real-time inference endpoints; instances billed at the VM rates.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltete Endpunkte für Echtzeit-Inferenz; Instanzen werden zu den VM-Preisen abgerechnet.</translation>
    </message>
    <message>
        <source>Managed secrets with rotation.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltete Secrets mit Rotation.</translation>
    </message>
    <message>
        <source>Managed secrets with versioning and rotation.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltete Secrets mit Versionierung und Rotation.</translation>
    </message>
    <message>
        <source>Managed secrets, keys and certificates.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltete Secrets, Schlüssel und Zertifikate.</translation>
    </message>
    <message>
        <source>Managed training jobs, with managed spot training and checkpointing.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltete Trainingsjobs, mit verwaltetem Spot-Training und Checkpoints.</translation>
    </message>
    <message>
        <source>Managed training on compute instances and clusters; billed at the VM rates with no Azure ML surcharge.</source>
        <extracomment>service description</extracomment>
        <translation>Verwaltetes Training auf Compute-Instanzen und -Clustern; abgerechnet zu den VM-Preisen ohne Azure-ML-Aufschlag.</translation>
    </message>
    <message>
        <source>Managed vCPUs (defaults.instances = vCPUs under management)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Verwaltete vCPUs (defaults.instances = verwaltete vCPUs)</translation>
    </message>
    <message>
        <source>Managed zones (first 25)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Verwaltete Zonen (die ersten 25)</translation>
    </message>
    <message>
        <source>Mexico</source>
        <extracomment>country</extracomment>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>Model tokens (3:1 input:output)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Modell-Tokens (3:1 Eingabe:Ausgabe)</translation>
    </message>
    <message>
        <source>Move {label} to {fix_region}, the nearest {provider} region in China (AWS China and Azure China are run by local operators)</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Verschieben Sie {label} nach {fix_region}, in die nächstgelegene {provider}-Region in China (AWS China und Azure China werden von lokalen Betreibern geführt)</translation>
    </message>
    <message>
        <source>Move {label} to {fix_region}, the nearest {provider} region in India</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Verschieben Sie {label} nach {fix_region}, in die nächstgelegene {provider}-Region in Indien</translation>
    </message>
    <message>
        <source>Move {label} to {fix_region}, the nearest {provider} region in the EU/EEA that offers {service_name}; or declare SCCs on the transfer</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Verschieben Sie {label} nach {fix_region}, in die nächstgelegene {provider}-Region in der EU/im EWR, die {service_name} anbietet; oder legen Sie für die Übermittlung Standardvertragsklauseln fest</translation>
    </message>
    <message>
        <source>Move {label} to {fix_region}, the nearest {provider} region that offers {service_name}</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Verschieben Sie {label} nach {fix_region}, in die nächstgelegene {provider}-Region, die {service_name} anbietet</translation>
    </message>
    <message>
        <source>Multi-cloud aware</source>
        <extracomment>maturity level</extracomment>
        <translation>Multi-Cloud-bewusst</translation>
    </message>
    <message>
        <source>Multi-cloud for its own sake</source>
        <extracomment>anti-pattern</extracomment>
        <translation>Multi-Cloud als Selbstzweck</translation>
    </message>
    <message>
        <source>NVIDIA DGX A100 or HGX A100 8-GPU server, 8x A100 80 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>NVIDIA-DGX-A100- oder HGX-A100-Server mit 8 GPUs, 8x A100 80 GB</translation>
    </message>
    <message>
        <source>Neglecting team skills</source>
        <extracomment>anti-pattern</extracomment>
        <translation>Teamkompetenzen vernachlässigen</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <extracomment>country</extracomment>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <extracomment>country</extracomment>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Node: 4 vCPU, 15 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>Knoten: 4 vCPU, 15 GB</translation>
    </message>
    <message>
        <source>Node: 4 vCPU, 16 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>Knoten: 4 vCPU, 16 GiB</translation>
    </message>
    <message>
        <source>Norway</source>
        <extracomment>country</extracomment>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>OCI container and model-artifact registry.</source>
        <extracomment>service description</extracomment>
        <translation>OCI-Registry für Container und Modellartefakte.</translation>
    </message>
    <message>
        <source>OCI container and model-artifact registry; Standard tier includes 100 GiB.</source>
        <extracomment>service description</extracomment>
        <translation>OCI-Registry für Container und Modellartefakte; der Standard-Tarif enthält 100 GiB.</translation>
    </message>
    <message>
        <source>OCI container, package and model-artifact registry.</source>
        <extracomment>service description</extracomment>
        <translation>OCI-Registry für Container, Pakete und Modellartefakte.</translation>
    </message>
    <message>
        <source>Object storage (LRS) for data lakes, datasets, checkpoints and model artifacts.</source>
        <extracomment>service description</extracomment>
        <translation>Objektspeicher (LRS) für Data Lakes, Datensätze, Checkpoints und Modellartefakte.</translation>
    </message>
    <message>
        <source>Object storage (one tier, HDD, erasure coding 4+2)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Objektspeicher (eine Speicherklasse, HDD, Erasure Coding 4+2)</translation>
    </message>
    <message>
        <source>Object storage for data lakes, datasets, checkpoints and model artifacts.</source>
        <extracomment>service description</extracomment>
        <translation>Objektspeicher für Data Lakes, Datensätze, Checkpoints und Modellartefakte.</translation>
    </message>
    <message>
        <source>On-demand</source>
        <extracomment>pricing model</extracomment>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>On-demand queries (per TiB scanned)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>On-Demand-Abfragen (pro gescanntem TiB)</translation>
    </message>
    <message>
        <source>OpenAI models (GPT-4o and successors) in the customer&apos;s Azure tenant, pay per token.</source>
        <extracomment>service description</extracomment>
        <translation>OpenAI-Modelle (GPT-4o und Nachfolger) im Azure-Mandanten des Kunden, Bezahlung pro Token.</translation>
    </message>
    <message>
        <source>Optimised multi-cloud</source>
        <extracomment>maturity level</extracomment>
        <translation>Optimierte Multi-Cloud</translation>
    </message>
    <message>
        <source>Owned (amortised)</source>
        <extracomment>pricing model</extracomment>
        <translation>Eigene Hardware (abgeschrieben)</translation>
    </message>
    <message>
        <source>Owned GPU servers for training and inference, billed per server-month whether busy or idle.</source>
        <extracomment>service description</extracomment>
        <translation>Eigene GPU-Server für Training und Inferenz, abgerechnet pro Server-Monat, ob ausgelastet oder nicht.</translation>
    </message>
    <message>
        <source>PCI DSS</source>
        <extracomment>regulatory regime</extracomment>
        <translation>PCI DSS</translation>
    </message>
    <message>
        <source>PHI is held in {service_name}, which is not HIPAA-eligible</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>PHI werden in {service_name} gespeichert, das nicht HIPAA-fähig ist</translation>
    </message>
    <message>
        <source>PHI is held on {provider} without a signed business associate agreement</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>PHI werden bei {provider} ohne unterzeichnetes Business Associate Agreement gespeichert</translation>
    </message>
    <message>
        <source>PHI is stored without encryption at rest</source>
        <extracomment>compliance finding</extracomment>
        <translation>PHI werden ohne Verschlüsselung ruhender Daten gespeichert</translation>
    </message>
    <message>
        <source>PHI travels to or from {label} without encryption in transit</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>PHI werden ohne Verschlüsselung bei der Übertragung von oder zu {label} übertragen</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <extracomment>pricing model</extracomment>
        <translation>Nutzungsbasierte Bezahlung</translation>
    </message>
    <message>
        <source>Personal data of Chinese origin is held in {country}; China&apos;s CSL/PIPL require it to stay in China</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Personenbezogene Daten chinesischer Herkunft werden außerhalb Chinas gespeichert ({country}); CSL/PIPL verlangen, dass sie in China bleiben</translation>
    </message>
    <message>
        <source>Personal data of Russian citizens is held in {country}; Law 242-FZ requires the primary database in Russia, and no public cloud has a Russian region</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Personenbezogene Daten russischer Bürger werden außerhalb Russlands gespeichert ({country}); das Gesetz 242-FZ verlangt die primäre Datenbank in Russland, und keine öffentliche Cloud hat eine russische Region</translation>
    </message>
    <message>
        <source>Poland</source>
        <extracomment>country</extracomment>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Portugal</source>
        <extracomment>country</extracomment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Prediction node: 1x NVIDIA A100 40 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>Vorhersageknoten: 1x NVIDIA A100 40 GB</translation>
    </message>
    <message>
        <source>Prediction node: 4 vCPU, 15 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>Vorhersageknoten: 4 vCPU, 15 GB</translation>
    </message>
    <message>
        <source>Prediction node: n1-standard-4 with 1x NVIDIA T4</source>
        <extracomment>instance type description</extracomment>
        <translation>Vorhersageknoten: n1-standard-4 mit 1x NVIDIA T4</translation>
    </message>
    <message>
        <source>Premium SSD managed disks</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Verwaltete Premium-SSD-Datenträger</translation>
    </message>
    <message>
        <source>Premium SSD storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Premium-SSD-Speicher</translation>
    </message>
    <message>
        <source>Private connection to Azure; metered data out is priced per GB on the links that use it.</source>
        <extracomment>service description</extracomment>
        <translation>Private Verbindung zu Azure; gemessene ausgehende Daten werden pro GB auf den Verbindungen berechnet, die sie nutzen.</translation>
    </message>
    <message>
        <source>Provisioned data warehouse (RA3 nodes with managed storage).</source>
        <extracomment>service description</extracomment>
        <translation>Bereitgestelltes Data Warehouse (RA3-Knoten mit verwaltetem Speicher).</translation>
    </message>
    <message>
        <source>Qatar</source>
        <extracomment>country</extracomment>
        <translation>Katar</translation>
    </message>
    <message>
        <source>Queries (first 1 billion)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Abfragen (erste Milliarde)</translation>
    </message>
    <message>
        <source>RBI payment data localisation</source>
        <extracomment>regulatory regime</extracomment>
        <translation>RBI – Lokalisierung von Zahlungsdaten</translation>
    </message>
    <message>
        <source>Read operations (Hot)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Lesevorgänge (Hot)</translation>
    </message>
    <message>
        <source>Redshift managed storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Verwalteter Redshift-Speicher</translation>
    </message>
    <message>
        <source>Requests from clients (North America and Europe)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Anfragen von Clients (Nordamerika und Europa)</translation>
    </message>
    <message>
        <source>Reserved 1 year</source>
        <extracomment>pricing model</extracomment>
        <translation>Reserviert 1 Jahr</translation>
    </message>
    <message>
        <source>Reserved 3 years</source>
        <extracomment>pricing model</extracomment>
        <translation>Reserviert 3 Jahre</translation>
    </message>
    <message>
        <source>Romania</source>
        <extracomment>country</extracomment>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Russia</source>
        <extracomment>country</extracomment>
        <translation>Russland</translation>
    </message>
    <message>
        <source>Russia Federal Law 242-FZ</source>
        <extracomment>regulatory regime</extracomment>
        <translation>Russland, Bundesgesetz 242-FZ</translation>
    </message>
    <message>
        <source>S3-compatible object storage on owned storage nodes, erasure-coded.</source>
        <extracomment>service description</extracomment>
        <translation>S3-kompatibler Objektspeicher auf eigenen Speicherknoten, mit Erasure Coding.</translation>
    </message>
    <message>
        <source>SSD storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>SSD-Speicher</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <extracomment>country</extracomment>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <source>Savings plan for compute</source>
        <extracomment>pricing model</extracomment>
        <translation>Savings Plan für Compute</translation>
    </message>
    <message>
        <source>Secret and software-key operations</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Secret- und Softwareschlüssel-Vorgänge</translation>
    </message>
    <message>
        <source>Secrets stored</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Gespeicherte Secrets</translation>
    </message>
    <message>
        <source>Self-managed Kubernetes (e.g. upstream, RKE2 or OpenShift) on owned servers.</source>
        <extracomment>service description</extracomment>
        <translation>Selbst verwaltetes Kubernetes (z. B. Upstream, RKE2 oder OpenShift) auf eigenen Servern.</translation>
    </message>
    <message>
        <source>Self-managed PostgreSQL (e.g. with Patroni streaming replication) on owned servers.</source>
        <extracomment>service description</extracomment>
        <translation>Selbst verwaltetes PostgreSQL (z. B. mit Patroni-Streaming-Replikation) auf eigenen Servern.</translation>
    </message>
    <message>
        <source>Serverless SQL data processed</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Von Serverless SQL verarbeitete Daten</translation>
    </message>
    <message>
        <source>Serverless SQL pool over the data lake, billed per TB processed, plus lake storage.</source>
        <extracomment>service description</extracomment>
        <translation>Serverless-SQL-Pool über dem Data Lake, abgerechnet pro verarbeitetem TB, dazu der Speicher des Lakes.</translation>
    </message>
    <message>
        <source>Serverless data warehouse, billed on demand per TiB scanned plus storage.</source>
        <extracomment>service description</extracomment>
        <translation>Serverless Data Warehouse, On-Demand abgerechnet pro gescanntem TiB, dazu der Speicher.</translation>
    </message>
    <message>
        <source>Serverless functions (formerly Cloud Functions) for glue, pre- and post-processing.</source>
        <extracomment>service description</extracomment>
        <translation>Serverless-Funktionen (früher Cloud Functions) für Verbindungslogik, Vor- und Nachverarbeitung.</translation>
    </message>
    <message>
        <source>Serverless functions for glue, pre- and post-processing.</source>
        <extracomment>service description</extracomment>
        <translation>Serverless-Funktionen für Verbindungslogik, Vor- und Nachverarbeitung.</translation>
    </message>
    <message>
        <source>Several providers are used, but some services on secondary providers have no stated reason, or the decision framework does not justify multi-cloud: complexity and cost without a business driver.</source>
        <extracomment>anti-pattern explanation</extracomment>
        <translation>Es werden mehrere Anbieter genutzt, aber einige Dienste bei Nebenanbietern haben keine angegebene Begründung, oder der Entscheidungsrahmen rechtfertigt Multi-Cloud nicht: Komplexität und Kosten ohne geschäftlichen Grund.</translation>
    </message>
    <message>
        <source>Sign a BAA with {provider} (organisation profile) or keep PHI off {provider}</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Unterzeichnen Sie ein BAA mit {provider} (Organisationsprofil) oder halten Sie PHI von {provider} fern</translation>
    </message>
    <message>
        <source>Singapore</source>
        <extracomment>country</extracomment>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Single cloud</source>
        <extracomment>maturity level</extracomment>
        <translation>Einzelne Cloud</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <extracomment>country</extracomment>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <extracomment>country</extracomment>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Some workloads run on Kubernetes or on portable compute</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Einige Workloads laufen auf Kubernetes oder auf portablem Compute</translation>
    </message>
    <message>
        <source>South Africa</source>
        <extracomment>country</extracomment>
        <translation>Südafrika</translation>
    </message>
    <message>
        <source>South Korea</source>
        <extracomment>country</extracomment>
        <translation>Südkorea</translation>
    </message>
    <message>
        <source>Spain</source>
        <extracomment>country</extracomment>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Spot</source>
        <extracomment>pricing model</extracomment>
        <translation>Spot</translation>
    </message>
    <message>
        <source>Spot (preemptible)</source>
        <extracomment>pricing model</extracomment>
        <translation>Spot (unterbrechbar)</translation>
    </message>
    <message>
        <source>Spot, reserved, savings plans or schedules are in use</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Spot, Reservierungen, Savings Plans oder Zeitpläne werden genutzt</translation>
    </message>
    <message>
        <source>Standard profile base fee</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Grundgebühr für Standard-Profil</translation>
    </message>
    <message>
        <source>Standard queries</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Standardabfragen</translation>
    </message>
    <message>
        <source>Standard registry (daily fee)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Standard-Registry (Tagesgebühr)</translation>
    </message>
    <message>
        <source>Storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Storage (regional bucket)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Speicher (regionaler Bucket)</translation>
    </message>
    <message>
        <source>Storage beyond the included 100 GiB</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Speicher über die enthaltenen 100 GiB hinaus</translation>
    </message>
    <message>
        <source>Strategic multi-cloud</source>
        <extracomment>maturity level</extracomment>
        <translation>Strategische Multi-Cloud</translation>
    </message>
    <message>
        <source>Sweden</source>
        <extracomment>country</extracomment>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <extracomment>country</extracomment>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>TB</source>
        <extracomment>unit</extracomment>
        <translation>TB</translation>
    </message>
    <message>
        <source>TPU v2 device, 8 cores (4 chips), 64 GiB HBM</source>
        <extracomment>instance type description</extracomment>
        <translation>TPU-v2-Gerät, 8 Kerne (4 Chips), 64 GiB HBM</translation>
    </message>
    <message>
        <source>TPU v3 device, 8 cores (4 chips), 128 GiB HBM</source>
        <extracomment>instance type description</extracomment>
        <translation>TPU-v3-Gerät, 8 Kerne (4 Chips), 128 GiB HBM</translation>
    </message>
    <message>
        <source>TPU v4 Pod slice of 128 chips (256 TensorCores)</source>
        <extracomment>instance type description</extracomment>
        <translation>TPU-v4-Pod-Slice mit 128 Chips (256 TensorCores)</translation>
    </message>
    <message>
        <source>TPU v4 chip for custom training (a v4-8 slice is 4 chips)</source>
        <extracomment>instance type description</extracomment>
        <translation>TPU-v4-Chip für benutzerdefiniertes Training (ein v4-8-Slice hat 4 Chips)</translation>
    </message>
    <message>
        <source>TPU v4 chip, 32 GiB HBM; v4 slices are billed per chip (v4-8 = 4 chips = 12.88/h); us-central2-b only</source>
        <extracomment>instance type description</extracomment>
        <translation>TPU-v4-Chip, 32 GiB HBM; v4-Slices werden pro Chip abgerechnet (v4-8 = 4 Chips = 12.88/h); nur us-central2-b</translation>
    </message>
    <message>
        <source>TPU v5e chip, 16 GB HBM; slices of 1 to 256 chips (v5litepod)</source>
        <extracomment>instance type description</extracomment>
        <translation>TPU-v5e-Chip, 16 GB HBM; Slices mit 1 bis 256 Chips (v5litepod)</translation>
    </message>
    <message>
        <source>TPU v6e (Trillium) chip, 32 GB HBM</source>
        <extracomment>instance type description</extracomment>
        <translation>TPU-v6e-Chip (Trillium), 32 GB HBM</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <extracomment>country</extracomment>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>Turn on encryption at rest for {label}</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Aktivieren Sie die Verschlüsselung ruhender Daten für {label}</translation>
    </message>
    <message>
        <source>Turn on encryption in transit for {label}</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Aktivieren Sie die Verschlüsselung bei der Übertragung für {label}</translation>
    </message>
    <message>
        <source>Two or more public clouds in use</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Zwei oder mehr öffentliche Clouds im Einsatz</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <extracomment>country</extracomment>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <extracomment>country</extracomment>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>United States</source>
        <extracomment>country</extracomment>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <extracomment>country</extracomment>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Virtual machines, including NC- and ND-series NVIDIA GPU sizes for training and inference.</source>
        <extracomment>service description</extracomment>
        <translation>Virtuelle Maschinen, einschließlich NVIDIA-GPU-Größen der NC- und ND-Serie für Training und Inferenz.</translation>
    </message>
    <message>
        <source>Virtual machines, including NVIDIA GPU instances for training and inference.</source>
        <extracomment>service description</extracomment>
        <translation>Virtuelle Maschinen, einschließlich NVIDIA-GPU-Instanzen für Training und Inferenz.</translation>
    </message>
    <message>
        <source>Virtual machines, including NVIDIA GPU machine types for training and inference.</source>
        <extracomment>service description</extracomment>
        <translation>Virtuelle Maschinen, einschließlich NVIDIA-GPU-Maschinentypen für Training und Inferenz.</translation>
    </message>
    <message>
        <source>Workloads already run on 2+ providers, or every service is portable or managed-open</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Workloads laufen bereits bei 2+ Anbietern, oder jeder Dienst ist portabel oder verwaltet mit offener Schnittstelle</translation>
    </message>
    <message>
        <source>active-active with sync</source>
        <extracomment>DR target note</extracomment>
        <translation>Aktiv-Aktiv mit Synchronisierung</translation>
    </message>
    <message>
        <source>active-passive</source>
        <extracomment>DR target note</extracomment>
        <translation>Aktiv-Passiv</translation>
    </message>
    <message>
        <source>chip-hour</source>
        <extracomment>unit</extracomment>
        <translation>Chip-Stunde</translation>
    </message>
    <message>
        <source>circuit-hour</source>
        <extracomment>unit</extracomment>
        <translation>Leitungs-Stunde</translation>
    </message>
    <message>
        <source>cluster-hour</source>
        <extracomment>unit</extracomment>
        <translation>Cluster-Stunde</translation>
    </message>
    <message>
        <source>device-hour</source>
        <extracomment>unit</extracomment>
        <translation>Geräte-Stunde</translation>
    </message>
    <message>
        <source>endpoint-month</source>
        <extracomment>unit</extracomment>
        <translation>Endpunkt-Monat</translation>
    </message>
    <message>
        <source>gp3 storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>gp3-Speicher</translation>
    </message>
    <message>
        <source>immutable; multi-region replication</source>
        <extracomment>DR target note</extracomment>
        <translation>unveränderlich; regionsübergreifende Replikation</translation>
    </message>
    <message>
        <source>instance-hour</source>
        <extracomment>unit</extracomment>
        <translation>Instanz-Stunde</translation>
    </message>
    <message>
        <source>n1-standard-4 with 1x NVIDIA T4 16 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>n1-standard-4 mit 1x NVIDIA T4 16 GB</translation>
    </message>
    <message>
        <source>n1-standard-4 with 1x NVIDIA T4 16 GB attached</source>
        <extracomment>instance type description</extracomment>
        <translation>n1-standard-4 mit angeschlossener 1x NVIDIA T4 16 GB</translation>
    </message>
    <message>
        <source>node-month</source>
        <extracomment>unit</extracomment>
        <translation>Knoten-Monat</translation>
    </message>
    <message>
        <source>port-hour</source>
        <extracomment>unit</extracomment>
        <translation>Port-Stunde</translation>
    </message>
    <message>
        <source>profile-month</source>
        <extracomment>unit</extracomment>
        <translation>Profil-Monat</translation>
    </message>
    <message>
        <source>registry-month</source>
        <extracomment>unit</extracomment>
        <translation>Registry-Monat</translation>
    </message>
    <message>
        <source>resume from checkpoint</source>
        <extracomment>DR target note</extracomment>
        <translation>Fortsetzung ab Checkpoint</translation>
    </message>
    <message>
        <source>rule-hour</source>
        <extracomment>unit</extracomment>
        <translation>Regel-Stunde</translation>
    </message>
    <message>
        <source>secret-month</source>
        <extracomment>unit</extracomment>
        <translation>Secret-Monat</translation>
    </message>
    <message>
        <source>server-month</source>
        <extracomment>unit</extracomment>
        <translation>Server-Monat</translation>
    </message>
    <message>
        <source>slice-hour</source>
        <extracomment>unit</extracomment>
        <translation>Slice-Stunde</translation>
    </message>
    <message>
        <source>stateless</source>
        <extracomment>DR target note</extracomment>
        <translation>zustandslos</translation>
    </message>
    <message>
        <source>vCPU-hour</source>
        <extracomment>unit</extracomment>
        <translation>vCPU-Stunde</translation>
    </message>
    <message>
        <source>vCPU-month</source>
        <extracomment>unit</extracomment>
        <translation>vCPU-Monat</translation>
    </message>
    <message>
        <source>version-month</source>
        <extracomment>unit</extracomment>
        <translation>Versions-Monat</translation>
    </message>
    <message>
        <source>zone-month</source>
        <extracomment>unit</extracomment>
        <translation>Zonen-Monat</translation>
    </message>
    <message>
        <source>{providers} clouds for {engineers} engineers: fewer than {engineers_per_provider} engineers per cloud.</source>
        <extracomment>anti-pattern explanation; keep the {placeholders}</extracomment>
        <translation>{providers} Clouds für {engineers} Personen: weniger als {engineers_per_provider} Personen pro Cloud.</translation>
    </message>
    <message>
        <source>{service_name} is not offered in {region}</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>{service_name} wird in {region} nicht angeboten</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>On-demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>Reserved, 1 year</source>
        <translation>Reserviert, 1 Jahr</translation>
    </message>
    <message>
        <source>Reserved, 3 years</source>
        <translation>Reserviert, 3 Jahre</translation>
    </message>
    <message>
        <source>Spot / preemptible</source>
        <translation>Spot / unterbrechbar</translation>
    </message>
    <message>
        <source>Savings plan</source>
        <translation>Savings Plan</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Infrequent access</source>
        <translation>Seltener Zugriff</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Personal data (PII)</source>
        <translation>Personenbezogene Daten (PII)</translation>
    </message>
    <message>
        <source>Health data (PHI)</source>
        <translation>Gesundheitsdaten (PHI)</translation>
    </message>
    <message>
        <source>Card data (PCI)</source>
        <translation>Kartendaten (PCI)</translation>
    </message>
    <message>
        <source>Request dependency</source>
        <translation>Anfrageabhängigkeit</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Same network</source>
        <translation>Gleiches Netzwerk</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Private interconnect</source>
        <translation>Privater Interconnect</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Angemessenheitsbeschluss</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Standardvertragsklauseln</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Verbindliche interne Datenschutzvorschriften</translation>
    </message>
    <message>
        <source>Single zone</source>
        <translation>Einzelne Zone</translation>
    </message>
    <message>
        <source>Multi-zone</source>
        <translation>Multi-Zone</translation>
    </message>
    <message>
        <source>Multi-region</source>
        <translation>Multi-Region</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Real-time inference</source>
        <translation>Echtzeit-Inferenz</translation>
    </message>
    <message>
        <source>Batch processing</source>
        <translation>Batch-Verarbeitung</translation>
    </message>
    <message>
        <source>Model training</source>
        <translation>Modelltraining</translation>
    </message>
    <message>
        <source>Feature store</source>
        <translation>Feature Store</translation>
    </message>
    <message>
        <source>Model registry</source>
        <translation>Modell-Registry</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Backup und Wiederherstellung</translation>
    </message>
    <message>
        <source>Pilot light</source>
        <translation>Pilot Light</translation>
    </message>
    <message>
        <source>Warm standby</source>
        <translation>Warm Standby</translation>
    </message>
    <message>
        <source>Active-active</source>
        <translation>Aktiv-Aktiv</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Portabel</translation>
    </message>
    <message>
        <source>Managed, open interface</source>
        <translation>Verwaltet, offene Schnittstelle</translation>
    </message>
    <message>
        <source>Proprietary</source>
        <translation>Proprietär</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>Data warehouse</source>
        <translation>Data Warehouse</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>GPU compute</source>
        <translation>GPU-Compute</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <source>ML platform</source>
        <translation>ML-Plattform</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation>Container-Registry</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Generative AI</source>
        <translation>Generative KI</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>Secrets and keys</source>
        <translation>Secrets und Schlüssel</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>Interconnect</translation>
    </message>
    <message>
        <source>Management plane</source>
        <translation>Management-Ebene</translation>
    </message>
    <message>
        <source>free (same region)</source>
        <translation>kostenlos (gleiche Region)</translation>
    </message>
    <message>
        <source>cross-zone</source>
        <translation>zonenübergreifend</translation>
    </message>
    <message>
        <source>inter-region</source>
        <translation>regionsübergreifend</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>interconnect</source>
        <translation>Interconnect</translation>
    </message>
    <message>
        <source>None</source>
        <comment>transfer mechanism</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>None</source>
        <comment>DR strategy</comment>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>EnumKey</name>
    <message>
        <source>standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>infrequent</source>
        <translation>seltener Zugriff</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>single_zone</source>
        <translation>einzelne Zone</translation>
    </message>
    <message>
        <source>multi_zone</source>
        <translation>Multi-Zone</translation>
    </message>
    <message>
        <source>multi_region</source>
        <translation>Multi-Region</translation>
    </message>
    <message>
        <source>backup_restore</source>
        <translation>Backup und Wiederherstellung</translation>
    </message>
    <message>
        <source>pilot_light</source>
        <translation>Pilot Light</translation>
    </message>
    <message>
        <source>warm_standby</source>
        <translation>Warm Standby</translation>
    </message>
    <message>
        <source>active_active</source>
        <translation>Aktiv-Aktiv</translation>
    </message>
    <message>
        <source>active-active</source>
        <translation>Aktiv-Aktiv</translation>
    </message>
    <message>
        <source>active-passive</source>
        <translation>Aktiv-Passiv</translation>
    </message>
    <message>
        <source>k-of-n</source>
        <translation>k-von-n</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>replication</source>
        <translation>Replikation</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>from %1 per %2 (%3)</source>
        <translation>ab %1 pro %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 per %3</source>
        <translation>%1: %2 pro %3</translation>
    </message>
    <message>
        <source>Services and links</source>
        <translation>Dienste und Verbindungen</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Kosten pro Monat</translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation>Kosten pro Jahr</translation>
    </message>
    <message>
        <source>Egress per month</source>
        <translation>Egress pro Monat</translation>
    </message>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1 (%2 GB)</translation>
    </message>
    <message>
        <source>Availability of %1</source>
        <translation>Verfügbarkeit von %1</translation>
    </message>
    <message>
        <source>Compliance findings</source>
        <translation>Compliance-Befunde</translation>
    </message>
    <message>
        <source>Multi-cloud maturity</source>
        <translation>Multi-Cloud-Reifegrad</translation>
    </message>
    <message>
        <source>level %1 of 4</source>
        <translation>Stufe %1 von 4</translation>
    </message>
    <message>
        <source>Lock-in</source>
        <translation>Lock-in</translation>
    </message>
    <message>
        <source>%1 of the spend on proprietary services</source>
        <translation>%1 der Ausgaben für proprietäre Dienste</translation>
    </message>
    <message>
        <source>Exit cost</source>
        <translation>Ausstiegskosten</translation>
    </message>
    <message>
        <source>%1 — Skyplan report</source>
        <translation>%1 — Skyplan-Bericht</translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation>Die PDF-Ausgabe konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Egress</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>An image of %1 × %2 pixels does not fit in memory.</source>
        <translation>Ein Bild mit %1 × %2 Pixeln passt nicht in den Speicher.</translation>
    </message>
    <message>
        <source>The PNG encoder refused the image.</source>
        <translation>Der PNG-Encoder hat das Bild abgelehnt.</translation>
    </message>
    <message>
        <source>Made with Skyplan</source>
        <translation>Erstellt mit Skyplan</translation>
    </message>
    <message>
        <source>The SVG writer could not start.</source>
        <translation>Die SVG-Ausgabe konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The image came out empty.</source>
        <translation>Das erzeugte Bild ist leer.</translation>
    </message>
    <message>
        <source>%1
%2/%3 is not in the catalog: it is not priced. Choose another service or restore the catalog entry.</source>
        <translation>%1
%2/%3 ist nicht im Katalog und hat daher keinen Preis. Wählen Sie einen anderen Dienst, oder stellen Sie den Katalogeintrag wieder her.</translation>
    </message>
    <message>
        <source>⚠ not in the catalog: %1</source>
        <translation>⚠ nicht im Katalog: %1</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / Monat</translation>
    </message>
    <message>
        <source>unknown region</source>
        <translation>unbekannte Region</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>/mo</source>
        <translation>/Mon.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — canvas</source>
        <translation>%1 — Zeichenfläche</translation>
    </message>
</context>
<context>
    <name>ServiceItem</name>
    <message>
        <source>%1
%2 in %3
%4</source>
        <translation>%1
%2 in %3
%4</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>instance type</source>
        <translation>Instanztyp</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>hours per day</source>
        <translation>Stunden pro Tag</translation>
    </message>
    <message>
        <source>days per week</source>
        <translation>Tage pro Woche</translation>
    </message>
    <message>
        <source>pricing model</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>storage tier</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <source>TB scanned</source>
        <translation>Gescannte TB</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>data classification</source>
        <translation>Datenklassifizierung</translation>
    </message>
    <message>
        <source>data origin</source>
        <translation>Datenherkunft</translation>
    </message>
    <message>
        <source>encryption at rest</source>
        <translation>Verschlüsselung ruhender Daten</translation>
    </message>
    <message>
        <source>encryption in transit</source>
        <translation>Verschlüsselung bei der Übertragung</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>workload type</source>
        <translation>Workload-Typ</translation>
    </message>
    <message>
        <source>DR strategy</source>
        <translation>DR-Strategie</translation>
    </message>
    <message>
        <source>link label</source>
        <translation>Verbindungsbezeichnung</translation>
    </message>
    <message>
        <source>link kind</source>
        <translation>Verbindungsart</translation>
    </message>
    <message>
        <source>GB per month</source>
        <translation>GB pro Monat</translation>
    </message>
    <message>
        <source>network path</source>
        <translation>Netzwerkpfad</translation>
    </message>
    <message>
        <source>cross-zone</source>
        <translation>Zonenübergreifende Übertragung</translation>
    </message>
    <message>
        <source>anonymisation</source>
        <translation>Anonymisierung</translation>
    </message>
    <message>
        <source>transfer mechanism</source>
        <translation>Übermittlungsmechanismus</translation>
    </message>
    <message>
        <source>design name</source>
        <translation>Entwurfsname</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>organisation profile</source>
        <translation>Organisationsprofil</translation>
    </message>
    <message>
        <source>entry points</source>
        <translation>Einstiegspunkte</translation>
    </message>
    <message>
        <source>redundancy groups</source>
        <translation>Redundanzgruppen</translation>
    </message>
    <message>
        <source>on-prem sites</source>
        <translation>On-Premises-Standorte</translation>
    </message>
    <message>
        <source>saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Align %1 services</source>
        <translation>%1 Dienste ausrichten</translation>
    </message>
    <message>
        <source>Distribute %1 services</source>
        <translation>%1 Dienste verteilen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Move frame %1</source>
        <translation>Rahmen %1 verschieben</translation>
    </message>
    <message>
        <source>Move %1 services to %2</source>
        <translation>%1 Dienste nach %2 verschieben</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>%1 Elemente löschen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Move %1 services</source>
        <translation>%1 Dienste verschieben</translation>
    </message>
    <message>
        <source>Change %1 of %2 items</source>
        <translation>%1 von %2 Elementen ändern</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n service(s)</source>
        <translation>
            <numerusform>%n Dienst ausschneiden</numerusform>
            <numerusform>%n Dienste ausschneiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n service(s)</source>
        <translation>
            <numerusform>%n Dienst einfügen</numerusform>
            <numerusform>%n Dienste einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n service(s)</source>
        <translation>
            <numerusform>%n Dienst duplizieren</numerusform>
            <numerusform>%n Dienste duplizieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The catalog has errors:

%1</source>
        <translation>Der Katalog enthält Fehler:

%1</translation>
    </message>
</context>
<context>
    <name>skyplan::Autosaver</name>
    <message>
        <source>Autosave failed: cannot create %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Autosave of %1 failed: %2</source>
        <translation>Automatische Sicherung von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>skyplan::AvailabilityPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>no recovery</source>
        <translation>keine Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Take a provider or one region down: the canvas dims what fails and the table shows what each entry point keeps</source>
        <translation>Einen Anbieter oder eine Region ausfallen lassen: Die Zeichenfläche blendet ab, was ausfällt, und die Tabelle zeigt, was jedem Einstiegspunkt bleibt</translation>
    </message>
    <message>
        <source>Outline single points of failure</source>
        <translation>Single Points of Failure umranden</translation>
    </message>
    <message>
        <source>Simulate outage:</source>
        <translation>Ausfall simulieren:</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Nines</source>
        <translation>Neunen</translation>
    </message>
    <message>
        <source>Downtime / year</source>
        <translation>Ausfallzeit / Jahr</translation>
    </message>
    <message>
        <source>During outage</source>
        <translation>Während des Ausfalls</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Single Points of Failure</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Target RTO</source>
        <translation>Ziel-RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Target RPO</source>
        <translation>Ziel-RPO</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Disaster recovery (Lecture 01&apos;s RTO/RPO targets)</source>
        <translation>Disaster Recovery (RTO-/RPO-Ziele aus Vorlesung 01)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Kein Ausfall</translation>
    </message>
    <message>
        <source>%1: every region down</source>
        <translation>%1: alle Regionen ausgefallen</translation>
    </message>
    <message>
        <source>%1 %2 down</source>
        <translation>%1 %2 ausgefallen</translation>
    </message>
    <message>
        <source>No design open</source>
        <translation>Kein Entwurf geöffnet</translation>
    </message>
    <message>
        <source>series-parallel (exact)</source>
        <translation>seriell-parallel (exakt)</translation>
    </message>
    <message>
        <source>factoring (exact)</source>
        <translation>Faktorisierung (exakt)</translation>
    </message>
    <message>
        <source>Monte Carlo, %1 trials, 95% in [%2, %3]</source>
        <translation>Monte Carlo, %1 Durchläufe, 95&#xa0;% in [%2, %3]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The chance that %1 and every service it needs (%2) are up, from each service&apos;s SLA and its redundancy; a year has 365 days.</source>
        <translation>Die Wahrscheinlichkeit, dass %1 und alle benötigten Dienste (%2) verfügbar sind, berechnet aus SLA und Redundanz jedes Dienstes; ein Jahr hat 365 Tage.</translation>
    </message>
    <message>
        <source>No entry points: mark the user-facing services as entry points in the property editor.</source>
        <translation>Keine Einstiegspunkte: Markieren Sie die Dienste, die Benutzer direkt erreichen, im Eigenschafteneditor als Einstiegspunkte.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry point(s)</source>
        <translation>
            <numerusform>%n Einstiegspunkt</numerusform>
            <numerusform>%n Einstiegspunkte</numerusform>
        </translation>
    </message>
    <message>
        <source> (inferred from the request graph)</source>
        <translation> (aus dem Anfragegraphen abgeleitet)</translation>
    </message>
    <message>
        <source> · target %1: %2 below it</source>
        <translation> · Ziel %1: %2 darunter</translation>
    </message>
    <message>
        <source> · simulating: %1</source>
        <translation> · Simulation: %1</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>verfehlt</translation>
    </message>
</context>
<context>
    <name>skyplan::CatalogPalette</name>
    <message>
        <source>Search services (e.g. gpu, s3, kubernetes)</source>
        <translation>Dienste suchen (z. B. gpu, s3, kubernetes)</translation>
    </message>
    <message>
        <source>no published SLA</source>
        <translation>kein veröffentlichtes SLA</translation>
    </message>
    <message>
        <source>SLA %1% (multi-zone)</source>
        <translation>SLA %1&#xa0;% (Multi-Zone)</translation>
    </message>
    <message>
        <source>%1 (%2)
%3
%4
%5, %6
Drag onto a %7 region on the canvas.</source>
        <translation>%1 (%2)
%3
%4
%5, %6
Auf eine %7-Region der Zeichenfläche ziehen.</translation>
    </message>
</context>
<context>
    <name>skyplan::CompareWindow</name>
    <message>
        <source>Compare Designs</source>
        <translation>Entwürfe vergleichen</translation>
    </message>
    <message>
        <source>The open designs and the files added; uncheck one to leave it out.</source>
        <translation>Die geöffneten Entwürfe und die hinzugefügten Dateien; entfernen Sie ein Häkchen, um einen davon auszulassen.</translation>
    </message>
    <message>
        <source>Add &amp;File...</source>
        <translation>&amp;Datei hinzufügen...</translation>
    </message>
    <message>
        <source>Compare a design file without opening it for editing.</source>
        <translation>Eine Entwurfsdatei vergleichen, ohne sie zum Bearbeiten zu öffnen.</translation>
    </message>
    <message>
        <source>Export &amp;Markdown...</source>
        <translation>&amp;Markdown exportieren...</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Kosten pro Monat</translation>
    </message>
    <message>
        <source>★ marks the best value of a row: the lowest cost, egress, findings, lock-in and exit cost; the highest availability and maturity. &quot;-&quot;: the design has no such entry point.</source>
        <translation>★ markiert den besten Wert einer Zeile: die niedrigsten Kosten, den niedrigsten Egress, die wenigsten Befunde, den geringsten Lock-in und die niedrigsten Ausstiegskosten; die höchste Verfügbarkeit und den höchsten Reifegrad. „-“: Der Entwurf hat keinen solchen Einstiegspunkt.</translation>
    </message>
    <message>
        <source>open, not saved</source>
        <translation>geöffnet, nicht gespeichert</translation>
    </message>
    <message>
        <source>open</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Egress per month</source>
        <translation>Egress pro Monat</translation>
    </message>
    <message>
        <source>Egress volume per month</source>
        <translation>Egress-Volumen pro Monat</translation>
    </message>
    <message>
        <source>Compliance errors</source>
        <translation>Compliance-Fehler</translation>
    </message>
    <message>
        <source>Compliance warnings</source>
        <translation>Compliance-Warnungen</translation>
    </message>
    <message>
        <source>Maturity level (0-4)</source>
        <translation>Reifegrad (0-4)</translation>
    </message>
    <message>
        <source>Lock-in (proprietary share)</source>
        <translation>Lock-in (proprietärer Anteil)</translation>
    </message>
    <message>
        <source>Exit cost (one-off)</source>
        <translation>Ausstiegskosten (einmalig)</translation>
    </message>
    <message>
        <source>Availability of %1</source>
        <translation>Verfügbarkeit von %1</translation>
    </message>
    <message>
        <source>The best value of this row</source>
        <translation>Der beste Wert dieser Zeile</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD pro Monat</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Egress</translation>
    </message>
    <message>
        <source>Add designs to compare</source>
        <translation>Entwürfe zum Vergleichen hinzufügen</translation>
    </message>
    <message>
        <source>Skyplan designs, YAML specs and draw.io diagrams (*.skyplan *.yaml *.yml *.drawio *.xml);;All files (*)</source>
        <translation>Skyplan-Entwürfe, YAML-Spezifikationen und draw.io-Diagramme (*.skyplan *.yaml *.yml *.drawio *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>%1 cannot be read:

%2</source>
        <translation>%1 kann nicht gelesen werden:

%2</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>skyplan::CompliancePanel</name>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Service or link</source>
        <translation>Dienst oder Verbindung</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Vorgeschlagene Korrektur</translation>
    </message>
    <message>
        <source>Apply Suggested Fix</source>
        <translation>Vorgeschlagene Korrektur anwenden</translation>
    </message>
    <message>
        <source>No design open</source>
        <translation>Kein Entwurf geöffnet</translation>
    </message>
    <message>
        <source>none (set them in the organisation profile)</source>
        <translation>keine (im Organisationsprofil festlegen)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>No findings: the design meets every rule in scope.</source>
        <translation>Keine Befunde: Der Entwurf erfüllt alle geltenden Regeln.</translation>
    </message>
    <message>
        <source>%1 (not something one click can do)</source>
        <translation>%1 (nicht mit einem Klick möglich)</translation>
    </message>
    <message>
        <source>This fix needs a decision a click cannot make: %1</source>
        <translation>Diese Korrektur erfordert eine Entscheidung, die ein Klick nicht treffen kann: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3. Regimes in scope: %4</source>
        <translation>%1 · %2 · %3. Geltende Regelwerke: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::CostPanel</name>
    <message>
        <source>Monthly budget:</source>
        <translation>Monatsbudget:</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preisgestaltung</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>vs. as designed</source>
        <translation>ggü. aktuellem Entwurf</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 Monate</translation>
    </message>
    <message>
        <source>36 months</source>
        <translation>36 Monate</translation>
    </message>
    <message>
        <source>Suggested (Lecture 05)</source>
        <translation>Vorschläge (Vorlesung 05)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Ersparnis</translation>
    </message>
    <message>
        <source>What-if and TCO</source>
        <translation>Was-wäre-wenn und TCO</translation>
    </message>
    <message>
        <source>Break the monthly cost down by tag:</source>
        <translation>Monatliche Kosten nach Tag aufschlüsseln:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>no design</source>
        <translation>kein Entwurf</translation>
    </message>
    <message>
        <source>no budget set (Design &gt; Organisation Profile)</source>
        <translation>kein Budget festgelegt (Entwurf &gt; Organisationsprofil)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Over budget by %1 a month</source>
        <translation>Budget um %1 pro Monat überschritten</translation>
    </message>
    <message>
        <source>Warning: %1% of the budget; %2 left</source>
        <translation>Warnung: %1&#xa0;% des Budgets; %2 übrig</translation>
    </message>
    <message>
        <source>Within budget: %1 left</source>
        <translation>Im Budget: %1 übrig</translation>
    </message>
    <message>
        <source>All on-demand</source>
        <translation>Alles On-Demand</translation>
    </message>
    <message>
        <source>As designed</source>
        <translation>Aktueller Entwurf</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Services priced this way plus %1 of egress a month; commitments are paid monthly, so the TCO grows in a straight line.</source>
        <translation>Dienste zu diesen Preisen plus %1 Egress pro Monat; Nutzungszusagen werden monatlich bezahlt, daher wächst die TCO linear.</translation>
    </message>
    <message>
        <source>Nothing to suggest: training is on spot, steady inference is committed, dev/test is scheduled</source>
        <translation>Keine Vorschläge: Training läuft auf Spot, gleichmäßige Inferenz ist durch Nutzungszusagen abgedeckt, Dev/Test läuft nach Zeitplan</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Total cost of ownership (USD)</source>
        <translation>Gesamtbetriebskosten (USD)</translation>
    </message>
    <message>
        <source>(not tagged)</source>
        <translation>(ohne Tag)</translation>
    </message>
</context>
<context>
    <name>skyplan::DesignEditor</name>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>Select services to copy (a link is copied with both of its ends)</source>
        <translation>Wählen Sie die Dienste aus, die kopiert werden sollen (eine Verbindung wird mit ihren beiden Enden kopiert)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n service(s)</source>
        <translation>
            <numerusform>%n Dienst kopiert</numerusform>
            <numerusform>%n Dienste kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no Skyplan services</source>
        <translation>Die Zwischenablage enthält keine Skyplan-Dienste</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot duplicate: %1</source>
        <translation>Duplizieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>Select two or more services that are not already aligned</source>
        <translation>Wählen Sie zwei oder mehr Dienste aus, die noch nicht ausgerichtet sind</translation>
    </message>
    <message>
        <source>Select three or more services to distribute</source>
        <translation>Wählen Sie drei oder mehr Dienste zum Verteilen aus</translation>
    </message>
</context>
<context>
    <name>skyplan::DesignOverview</name>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Managed services</source>
        <translation>Verwaltete Dienste</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Egress</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Jährliche Kosten</translation>
    </message>
    <message>
        <source>Egress per month</source>
        <translation>Egress pro Monat</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Filter services (label, id, provider, region)</source>
        <translation>Dienste filtern (Bezeichnung, ID, Anbieter, Region)</translation>
    </message>
    <message>
        <source>Monthly cost by provider and category</source>
        <translation>Monatliche Kosten nach Anbieter und Kategorie</translation>
    </message>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1 (%2 GB)</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD pro Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) on %1</source>
        <translation>
            <numerusform>%n Dienst bei %1</numerusform>
            <numerusform>%n Dienste bei %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::DesignScene</name>
    <message>
        <source>%1 is a %2 service; it cannot go into %3</source>
        <translation>%1 ist ein %2-Dienst und kann nicht in %3 platziert werden</translation>
    </message>
    <message>
        <source>Moved to %1 (%2)</source>
        <translation>Nach %1 verschoben (%2)</translation>
    </message>
    <message>
        <source>A link needs two different services</source>
        <translation>Eine Verbindung braucht zwei verschiedene Dienste</translation>
    </message>
    <message>
        <source>%1 is not offered in %2; the compliance check will say so</source>
        <translation>%1 wird in %2 nicht angeboten; die Compliance-Prüfung wird das melden</translation>
    </message>
</context>
<context>
    <name>skyplan::EgressPanel</name>
    <message>
        <source>cheapest paid link</source>
        <translation>günstigste kostenpflichtige Verbindung</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / Monat</translation>
    </message>
    <message>
        <source>Colour links on the canvas by egress cost</source>
        <translation>Verbindungen auf der Zeichenfläche nach Egress-Kosten einfärben</translation>
    </message>
    <message>
        <source>Rows send, columns receive; the sender pays. Each cell: GB per month and what they cost.</source>
        <translation>Zeilen senden, Spalten empfangen; der Sender zahlt. Jede Zelle: GB pro Monat und deren Kosten.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <source>GB / month</source>
        <translation>GB / Monat</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Tarifart</translation>
    </message>
    <message>
        <source>$ / GB</source>
        <translation>$ / GB</translation>
    </message>
    <message>
        <source>$ / month</source>
        <translation>$ / Monat</translation>
    </message>
    <message>
        <source>Data gravity: move</source>
        <translation>Data Gravity: verschieben</translation>
    </message>
    <message>
        <source>to</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>saves / month</source>
        <translation>spart / Monat</translation>
    </message>
    <message>
        <source>why</source>
        <translation>warum</translation>
    </message>
    <message>
        <source>No design open</source>
        <translation>Kein Entwurf geöffnet</translation>
    </message>
    <message>
        <source>Egress %1 per month (%2 a year) for %3 that leave a zone, region or cloud</source>
        <translation>Egress %1 pro Monat (%2 pro Jahr) für %3, die eine Zone, Region oder Cloud verlassen</translation>
    </message>
    <message>
        <source>exchanges %1 a month with %2: avoids %3, adds about %4 on its links with %5</source>
        <translation>tauscht %1 pro Monat mit %2 aus: vermeidet %3, verursacht etwa %4 zusätzlich auf seinen Verbindungen mit %5</translation>
    </message>
    <message>
        <source>No service would save by moving next to its data</source>
        <translation>Kein Dienst würde durch einen Umzug zu seinen Daten sparen</translation>
    </message>
</context>
<context>
    <name>skyplan::ExportImageDialog</name>
    <message>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>PNG image (for slides and chats)</source>
        <translation>PNG-Bild (für Folien und Chats)</translation>
    </message>
    <message>
        <source>SVG drawing (scales without blur, editable)</source>
        <translation>SVG-Zeichnung (verlustfrei skalierbar, bearbeitbar)</translation>
    </message>
    <message>
        <source>PDF document (vector, one page)</source>
        <translation>PDF-Dokument (Vektor, eine Seite)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source> × canvas size</source>
        <translation> × Größe der Zeichenfläche</translation>
    </message>
    <message>
        <source>Pixels per canvas unit: 1 is the size at 100% zoom, 2 is sharp on high-density screens and projectors.</source>
        <translation>Pixel pro Einheit der Zeichenfläche: 1 ist die Größe bei 100&#xa0;% Zoom, 2 ist scharf auf hochauflösenden Bildschirmen und Projektoren.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>Only the &amp;selected services and links</source>
        <translation>&amp;Nur die ausgewählten Dienste und Verbindungen</translation>
    </message>
    <message>
        <source>The links between selected services come too.</source>
        <translation>Die Verbindungen zwischen den ausgewählten Diensten werden mit exportiert.</translation>
    </message>
    <message>
        <source>Nothing is selected: the whole design is drawn.</source>
        <translation>Nichts ausgewählt: Der gesamte Entwurf wird gezeichnet.</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>%1 × %2 canvas units, vector</source>
        <translation>%1 × %2 Einheiten der Zeichenfläche, Vektor</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
</context>
<context>
    <name>skyplan::InvoiceModel</name>
    <message>
        <source>Service / invoice line</source>
        <translation>Dienst / Rechnungsposition</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Rate (USD)</source>
        <translation>Preis (USD)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
</context>
<context>
    <name>skyplan::MainWindow</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;beim Öffnen&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Overview map</source>
        <translation>Übersichtskarte</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Egress</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New from &amp;Template...</source>
        <translation>Neu aus &amp;Vorlage...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Öffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import YAML Spec...</source>
        <translation>YAML-Spezifikation &amp;importieren...</translation>
    </message>
    <message>
        <source>Import &amp;draw.io Diagram...</source>
        <translation>&amp;draw.io-Diagramm importieren...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Export YAML Spec...</source>
        <translation>YAML-Spezifikation &amp;exportieren...</translation>
    </message>
    <message>
        <source>Export draw.io Dia&amp;gram...</source>
        <translation>draw.io-Dia&amp;gramm exportieren...</translation>
    </message>
    <message>
        <source>Export &amp;Image...</source>
        <translation>Bi&amp;ld exportieren...</translation>
    </message>
    <message>
        <source>Export PDF &amp;Report...</source>
        <translation>PDF-Be&amp;richt exportieren...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>Ein&amp;stellungen...</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Entwurf</translation>
    </message>
    <message>
        <source>&amp;Organisation Profile...</source>
        <translation>&amp;Organisationsprofil...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>&amp;In Ansicht einpassen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Skyplan</source>
        <translation>&amp;Über Skyplan</translation>
    </message>
    <message>
        <source>About Skyplan</source>
        <translation>Über Skyplan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Skyplan %1&lt;/h3&gt;&lt;p&gt;Design multi-cloud AI/ML infrastructure and see, as you edit, what it costs, how available it is, which rules it breaks and how mature it is.&lt;/p&gt;&lt;p&gt;Prices and SLAs come from the catalogs in the application (each with its source and date); Skyplan never goes online.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Skyplan %1&lt;/h3&gt;&lt;p&gt;Entwerfen Sie Multi-Cloud-Infrastruktur für KI/ML und sehen Sie schon beim Bearbeiten, was sie kostet, wie verfügbar sie ist, gegen welche Regeln sie verstößt und wie ausgereift sie ist.&lt;/p&gt;&lt;p&gt;Preise und SLAs stammen aus den Katalogen der Anwendung (jeweils mit Quelle und Datum); Skyplan geht nie online.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A&amp;rrange</source>
        <translation>A&amp;nordnen</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>&amp;Linksbündig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Horizontal Centres</source>
        <translation>&amp;Horizontal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>&amp;Rechtsbündig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Vertical Centres</source>
        <translation>&amp;Vertikal zentrieren</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation>Hori&amp;zontal verteilen</translation>
    </message>
    <message>
        <source>Distribute V&amp;ertically</source>
        <translation>V&amp;ertikal verteilen</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>New design from the template &quot;%1&quot;</source>
        <translation>Neuer Entwurf aus der Vorlage „%1“</translation>
    </message>
    <message>
        <source>No design open</source>
        <translation>Kein Entwurf geöffnet</translation>
    </message>
    <message>
        <source>no entry points</source>
        <translation>keine Einstiegspunkte</translation>
    </message>
    <message>
        <source>availability %1%</source>
        <translation>Verfügbarkeit %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1[*] — Skyplan</source>
        <translation>%1[*] — Skyplan</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>Entwurf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 was not opened; the open designs are unchanged.

%2</source>
        <translation>%1 wurde nicht geöffnet; die geöffneten Entwürfe bleiben unverändert.

%2</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(und %1 weitere)</translation>
    </message>
    <message>
        <source>Opened with problems</source>
        <translation>Mit Problemen geöffnet</translation>
    </message>
    <message>
        <source>%1 refers to things the catalog does not know. The services are kept and marked on the canvas; fix them in the property editor.

%2</source>
        <translation>%1 verweist auf Dinge, die der Katalog nicht kennt. Die Dienste bleiben erhalten und werden auf der Zeichenfläche markiert; korrigieren Sie sie im Eigenschafteneditor.

%2</translation>
    </message>
    <message>
        <source>Imported with notes</source>
        <translation>Mit Hinweisen importiert</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>Skyplan designs, YAML specs and draw.io diagrams (*.skyplan *.yaml *.yml *.drawio *.xml);;All files (*)</source>
        <translation>Skyplan-Entwürfe, YAML-Spezifikationen und draw.io-Diagramme (*.skyplan *.yaml *.yml *.drawio *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import YAML allocation spec</source>
        <translation>YAML-Zuordnungsspezifikation importieren</translation>
    </message>
    <message>
        <source>YAML allocation specs (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Zuordnungsspezifikationen (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export YAML allocation spec</source>
        <translation>YAML-Zuordnungsspezifikation exportieren</translation>
    </message>
    <message>
        <source>YAML allocation specs (*.yaml *.yml)</source>
        <translation>YAML-Zuordnungsspezifikationen (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Exported the YAML spec to %1</source>
        <translation>YAML-Spezifikation nach %1 exportiert</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import draw.io diagram</source>
        <translation>draw.io-Diagramm importieren</translation>
    </message>
    <message>
        <source>draw.io diagrams (*.drawio *.xml);;All files (*)</source>
        <translation>draw.io-Diagramme (*.drawio *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export draw.io diagram</source>
        <translation>draw.io-Diagramm exportieren</translation>
    </message>
    <message>
        <source>draw.io diagrams (*.drawio)</source>
        <translation>draw.io-Diagramme (*.drawio)</translation>
    </message>
    <message>
        <source>Exported a draw.io diagram to %1</source>
        <translation>draw.io-Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Exported the canvas to %1</source>
        <translation>Zeichenfläche nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be written: %2
The previous file is unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden: %2
Die bisherige Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Skyplan designs (*.skyplan)</source>
        <translation>Skyplan-Entwürfe (*.skyplan)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 enthält ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>The autosaved copy of %1 could not be read; it stays in %2.

%3</source>
        <translation>Die automatisch gesicherte Kopie von %1 konnte nicht gelesen werden; sie bleibt in %2.

%3</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Compare Designs...</source>
        <translation>Entwürfe ver&amp;gleichen...</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Gespeicherte &amp;Ansichten</translation>
    </message>
    <message>
        <source>Save view &quot;%1&quot;</source>
        <translation>Ansicht „%1“ speichern</translation>
    </message>
    <message>
        <source>Delete view &quot;%1&quot;</source>
        <translation>Ansicht „%1“ löschen</translation>
    </message>
    <message>
        <source>&amp;Save Current View...</source>
        <translation>Aktuelle Ansicht &amp;speichern...</translation>
    </message>
    <message>
        <source>(no saved views: zoom to a part of the design and save it)</source>
        <translation>(keine gespeicherten Ansichten: einen Teil des Entwurfs heranzoomen und die Ansicht speichern)</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Ansicht %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The visible part of the canvas is saved. While presenting (F5), this view hides:</source>
        <translation>Der sichtbare Teil der Zeichenfläche wird gespeichert. Beim Präsentieren (F5) blendet diese Ansicht aus:</translation>
    </message>
    <message>
        <source>Region frames</source>
        <translation>Regionsrahmen</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Replication links</source>
        <translation>Replikationsverbindungen</translation>
    </message>
    <message>
        <source>Link labels</source>
        <translation>Verbindungsbezeichnungen</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;; F5 presents it</source>
        <translation>Ansicht „%1“ gespeichert; F5 präsentiert sie</translation>
    </message>
    <message>
        <source>Monthly %1 · egress %2 · %3 · %4, %5 · maturity level %6 · %7</source>
        <translation>Monatlich %1 · Egress %2 · %3 · %4, %5 · Reifegrad %6 · %7</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was imported: %2, %3. Not everything in the diagram is a catalog service or a data flow between two:

%4</source>
        <translation>%1 wurde importiert: %2, %3. Nicht alles im Diagramm ist ein Katalogdienst oder ein Datenfluss zwischen zwei Diensten:

%4</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n autosaved design(s)</source>
        <translation>
            <numerusform>%n automatisch gesicherter Entwurf wurde wiederhergestellt</numerusform>
            <numerusform>%n automatisch gesicherte Entwürfe wurden wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language shows the next time Skyplan starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Skyplan angezeigt.</translation>
    </message>
</context>
<context>
    <name>skyplan::MaturityPanel</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Anti-pattern</source>
        <translation>Anti-Pattern</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>No design open</source>
        <translation>Kein Entwurf geöffnet</translation>
    </message>
    <message>
        <source>Level %1 of 4: %2</source>
        <translation>Stufe %1 von 4: %2</translation>
    </message>
    <message>
        <source>Lock-in: %1% of monthly service spend (%2) is on proprietary services. Exit cost: %3 one-off egress to move every provider&apos;s stored data out. Cross-cloud egress is %4% of the bill.%5</source>
        <translation>Lock-in: %1&#xa0;% der monatlichen Ausgaben für Dienste (%2) entfallen auf proprietäre Dienste. Ausstiegskosten: %3 einmaliger Egress, um die gespeicherten Daten aller Anbieter herauszuholen. Cloud-übergreifender Egress macht %4&#xa0;% der Rechnung aus.%5</translation>
    </message>
    <message>
        <source>
For the next level: %1.</source>
        <translation>
Für die nächste Stufe: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Is multi-cloud justified for this organisation?&lt;/b&gt; &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;b&gt;Ist Multi-Cloud für diese Organisation gerechtfertigt?&lt;/b&gt; &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;For: %1</source>
        <translation>&lt;br&gt;Dafür: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Against: %1</source>
        <translation>&lt;br&gt;Dagegen: %1</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>None of Lecture 01&apos;s anti-patterns found</source>
        <translation>Keines der Anti-Patterns aus Vorlesung 01 gefunden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>borderline</source>
        <translation>grenzwertig</translation>
    </message>
</context>
<context>
    <name>skyplan::MiniMapView</name>
    <message>
        <source>Click or drag to move the canvas view</source>
        <translation>Klicken oder ziehen, um den sichtbaren Ausschnitt der Zeichenfläche zu verschieben</translation>
    </message>
</context>
<context>
    <name>skyplan::OrganizationDialog</name>
    <message>
        <source>Organisation Profile</source>
        <translation>Organisationsprofil</translation>
    </message>
    <message>
        <source>What the analyses weigh the design against: the budget gauge, the availability target, the regimes in scope, and whether multi-cloud is justified for an organisation of this size.</source>
        <translation>Woran die Analysen den Entwurf messen: die Budgetanzeige, das Verfügbarkeitsziel, die geltenden Regelwerke und ob Multi-Cloud für eine Organisation dieser Größe gerechtfertigt ist.</translation>
    </message>
    <message>
        <source> engineers</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source> / year</source>
        <translation> / Jahr</translation>
    </message>
    <message>
        <source> / month</source>
        <translation> / Monat</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>Platform team</source>
        <translation>Plattformteam</translation>
    </message>
    <message>
        <source>Cloud spend</source>
        <translation>Cloud-Ausgaben</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Availability target</source>
        <translation>Verfügbarkeitsziel</translation>
    </message>
    <message>
        <source>Regulatory regimes that apply</source>
        <translation>Geltende Regelwerke</translation>
    </message>
    <message>
        <source>Also comes into scope by itself when the design holds the data it protects.</source>
        <translation>Gilt auch automatisch, sobald der Entwurf die Daten enthält, die dieses Regelwerk schützt.</translation>
    </message>
    <message>
        <source>Agreements per provider</source>
        <translation>Vereinbarungen je Anbieter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>HIPAA BAA signed</source>
        <translation>HIPAA-BAA unterzeichnet</translation>
    </message>
    <message>
        <source>Negotiated discount</source>
        <translation>Verhandelter Rabatt</translation>
    </message>
    <message>
        <source>% off every charge</source>
        <translation>&#xa0;% Rabatt auf alle Posten</translation>
    </message>
</context>
<context>
    <name>skyplan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Unsaved designs are written to the autosave folder a few seconds after the last edit, and at the latest this often while you keep editing. After a crash, the next start offers to restore them. 0 turns autosave off.</source>
        <translation>Ungespeicherte Entwürfe werden einige Sekunden nach der letzten Änderung in den Ordner für automatische Sicherungen geschrieben und, solange Sie weiter bearbeiten, spätestens in diesem Abstand. Nach einem Absturz bietet der nächste Start an, sie wiederherzustellen. 0 schaltet die automatische Sicherung aus.</translation>
    </message>
    <message>
        <source>&amp;Autosave unsaved designs at least every</source>
        <translation>Ungespeicherte Entwürfe &amp;automatisch sichern, mindestens alle</translation>
    </message>
    <message>
        <source>Also a few seconds after the last edit. After a crash, the next start offers the autosaved designs. 0 turns autosave off.</source>
        <translation>Außerdem einige Sekunden nach der letzten Änderung. Nach einem Absturz bietet der nächste Start die automatisch gesicherten Entwürfe an. 0 schaltet die automatische Sicherung aus.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>Takes effect the next time Skyplan starts.</source>
        <translation>Wirkt ab dem nächsten Start von Skyplan.</translation>
    </message>
    <message>
        <source>&amp;Language (at the next start)</source>
        <translation>&amp;Sprache (ab dem nächsten Start)</translation>
    </message>
</context>
<context>
    <name>skyplan::PresentationWindow</name>
    <message>
        <source>Presenting %1</source>
        <translation>Präsentation: %1</translation>
    </message>
    <message>
        <source>The whole design</source>
        <translation>Der gesamte Entwurf</translation>
    </message>
    <message>
        <source>← → step through the views · Esc returns to the editor</source>
        <translation>← → durch die Ansichten blättern · Esc kehrt zum Editor zurück</translation>
    </message>
    <message>
        <source>%1 — %2  (%3 of %4)</source>
        <translation>%1 — %2  (%3 von %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; per month</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pro Monat</translation>
    </message>
    <message>
        <source>egress &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Egress &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2%&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&#xa0;%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>maturity &lt;b&gt;%1&lt;/b&gt; of 4</source>
        <translation>Reifegrad &lt;b&gt;%1&lt;/b&gt; von 4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; error(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Fehler</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; warning(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Warnung</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::PropertyEditor</name>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (unterschiedlich)</translation>
    </message>
    <message>
        <source>Open a design to edit its properties.</source>
        <translation>Öffnen Sie einen Entwurf, um seine Eigenschaften zu bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n links selected. Select one link to edit it.</source>
        <translation>
            <numerusform>%n Verbindung ausgewählt. Wählen Sie eine einzelne Verbindung aus, um sie zu bearbeiten.</numerusform>
            <numerusform>%n Verbindungen ausgewählt. Wählen Sie eine einzelne Verbindung aus, um sie zu bearbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>FinOps tags (project, environment, team, cost-centre, owner): the cost panel breaks costs down by them</source>
        <translation>FinOps-Tags (project, environment, team, cost-centre, owner): Der Bereich „Kosten“ schlüsselt die Kosten danach auf</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Replaces the differing tags with one new tag</source>
        <translation>Ersetzt die abweichenden Tags durch ein neues Tag</translation>
    </message>
    <message>
        <source>Entry point (users reach the design here)</source>
        <translation>Einstiegspunkt (Benutzer erreichen den Entwurf hier)</translation>
    </message>
    <message>
        <source>The availability analysis computes, for each entry point, the chance that it and everything it depends on are up.</source>
        <translation>Die Verfügbarkeitsanalyse berechnet für jeden Einstiegspunkt die Wahrscheinlichkeit, dass er und alles, wovon er abhängt, verfügbar sind.</translation>
    </message>
    <message>
        <source>%1 · %2 %3 (%4)</source>
        <translation>%1 · %2 %3 (%4)</translation>
    </message>
    <message>
        <source>unknown region</source>
        <translation>unbekannte Region</translation>
    </message>
    <message>
        <source>%1 · %2 · SLA %3</source>
        <translation>%1 · %2 · SLA %3</translation>
    </message>
    <message>
        <source>none published</source>
        <translation>keines veröffentlicht</translation>
    </message>
    <message>
        <source>Id %1 · %2 per month</source>
        <translation>ID %1 · %2 pro Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per month together. Changes apply to all of them.</source>
        <translation>Zusammen %1 pro Monat. Änderungen gelten für alle.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>ml_platform.training.large_models</source>
        <translation>ml_platform.training.large_models</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>Warum hier</translation>
    </message>
    <message>
        <source>why this provider for this role</source>
        <translation>warum dieser Anbieter für diese Rolle</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>The region can be changed for services of one provider at a time.</source>
        <translation>Die Region kann nur für Dienste eines einzigen Anbieters gleichzeitig geändert werden.</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Sizing and pricing</source>
        <translation>Dimensionierung und Preise</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 per %4)</source>
        <translation>%1 — %2 (%3 pro %4)</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>Instanztyp</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Stunden pro Tag</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Tage pro Woche</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Pricing model</source>
        <translation>Preismodell</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Storage tier</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <source>Scanned per month</source>
        <translation>Gescannt pro Monat</translation>
    </message>
    <message>
        <source> TB</source>
        <translation> TB</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Anfragen pro Monat</translation>
    </message>
    <message>
        <source> million</source>
        <translation> Mio.</translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <translation>Tokens pro Monat</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Data subjects in</source>
        <translation>Betroffene Personen in</translation>
    </message>
    <message>
        <source>country code or EU; empty: none</source>
        <translation>Ländercode oder EU; leer: keine</translation>
    </message>
    <message>
        <source>Encrypted at rest</source>
        <translation>Ruhende Daten verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypted in transit</source>
        <translation>Bei der Übertragung verschlüsselt</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Resilienz</translation>
    </message>
    <message>
        <source>Availability override</source>
        <translation>Verfügbarkeit überschreiben</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>DR strategy</source>
        <translation>DR-Strategie</translation>
    </message>
    <message>
        <source>Availability override: 0 uses the catalog SLA for the deployment.</source>
        <translation>Verfügbarkeit überschreiben: 0 verwendet das SLA aus dem Katalog für die Bereitstellung.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no egress charge</source>
        <translation>keine Egress-Kosten</translation>
    </message>
    <message>
        <source>egress %1 per month (%2, paid by %3)</source>
        <translation>Egress %1 pro Monat (%2, bezahlt von %3)</translation>
    </message>
    <message>
        <source>Id %1 · %2</source>
        <translation>ID %1 · %2</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Volume per month</source>
        <translation>Volumen pro Monat</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Crosses availability zones (same region)</source>
        <translation>Verbindet verschiedene Verfügbarkeitszonen (gleiche Region)</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Personal data anonymised before sending</source>
        <translation>Personenbezogene Daten vor dem Senden anonymisiert</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Übermittlungsmechanismus</translation>
    </message>
    <message>
        <source>A request link is a dependency: its caller needs the callee to be up. Data and replication links carry the volume the egress estimate charges.</source>
        <translation>Eine Anfrageverbindung ist eine Abhängigkeit: Der Aufrufer braucht den aufgerufenen Dienst. Datenfluss- und Replikationsverbindungen transportieren das Volumen, das die Egress-Schätzung berechnet.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry point(s)</source>
        <translation>
            <numerusform>%n Einstiegspunkt</numerusform>
            <numerusform>%n Einstiegspunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a service or a link to edit it. Drag services from the catalog onto the canvas; drag from a service&apos;s round handle to another service to link them.</source>
        <translation>Wählen Sie einen Dienst oder eine Verbindung aus, um die Eigenschaften zu bearbeiten. Ziehen Sie Dienste aus dem Katalog auf die Zeichenfläche; ziehen Sie vom runden Anfasser eines Dienstes zu einem anderen Dienst, um beide zu verbinden.</translation>
    </message>
</context>
<context>
    <name>skyplan::RecoveryDialog</name>
    <message>
        <source>Restore unsaved designs</source>
        <translation>Ungespeicherte Entwürfe wiederherstellen</translation>
    </message>
    <message>
        <source>Skyplan did not close normally last time. These designs had changes that were not saved; Skyplan autosaved them. Restore the checked ones? They open as unsaved changes, so you decide where to save them.</source>
        <translation>Skyplan wurde beim letzten Mal nicht normal beendet. Diese Entwürfe hatten ungespeicherte Änderungen; Skyplan hat sie automatisch gesichert. Sollen die markierten wiederhergestellt werden? Sie werden mit ungespeicherten Änderungen geöffnet, sodass Sie entscheiden, wo sie gespeichert werden.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Gespeicherte Datei</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Automatisch gesichert</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Unbenannter Entwurf</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>Alle &amp;verwerfen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
</context>
<context>
    <name>skyplan::TemplateDialog</name>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>Start from a reference architecture of the lectures. The new design is untitled: saving asks where.</source>
        <translation>Beginnen Sie mit einer Referenzarchitektur aus den Vorlesungen. Der neue Entwurf ist unbenannt: Beim Speichern werden Sie nach dem Speicherort gefragt.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>%1 — %2, %3 per month</source>
        <translation>%1 — %2, %3 pro Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
</context>
</TS>
