<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Analysis</name>
    <message>
        <source>an unknown country</source>
        <translation>un pays inconnu</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>data origin</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>No %1 region qualifies: move %2 to a provider that has one, or to an on-premises site there</source>
        <translation>Aucune région %1 ne convient&#xa0;: déplacez %2 vers un fournisseur qui en a une, ou vers un site on-premises dans ce pays</translation>
    </message>
    <message>
        <source>%1 holds %2-resident personal data in %3, which is not among the regions your compliance requirements allow for %4</source>
        <translation>%1 détient des données personnelles soumises à la résidence %2 dans %3, qui ne fait pas partie des régions que vos exigences de conformité autorisent pour %4</translation>
    </message>
    <message>
        <source>Move it to one of: %1</source>
        <translation>Déplacez-le vers l&apos;une de ces régions&#xa0;: %1</translation>
    </message>
    <message>
        <source>encryption at rest</source>
        <translation>chiffrement au repos</translation>
    </message>
    <message>
        <source>encryption in transit</source>
        <translation>chiffrement en transit</translation>
    </message>
    <message>
        <source>%1 holds personal data without %2, which your pii_handling requirements make mandatory</source>
        <translation>%1 détient des données personnelles sans %2, que vos exigences pii_handling rendent obligatoire</translation>
    </message>
    <message>
        <source>Turn on %1 for it</source>
        <translation>Activez le %1 pour ce service</translation>
    </message>
    <message>
        <source>organisation profile</source>
        <translation>profil de l&apos;organisation</translation>
    </message>
    <message>
        <source>%1 data of origin %2 in %3</source>
        <translation>données %1 d&apos;origine %2 dans %3</translation>
    </message>
    <message>
        <source>%1/%2 is not in the catalog</source>
        <translation>%1/%2 n&apos;est pas dans le catalogue</translation>
    </message>
    <message>
        <source>on-demand</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <source>%1 list rate</source>
        <translation>%1, tarif catalogue</translation>
    </message>
    <message>
        <source>on-demand %1 x %2 (%3)</source>
        <translation>à la demande %1 x %2 (%3)</translation>
    </message>
    <message>
        <source>region multiplier %1</source>
        <translation>coefficient régional %1</translation>
    </message>
    <message>
        <source>%1 list price %2</source>
        <translation>prix catalogue %2 dans %1</translation>
    </message>
    <message>
        <source>%1 (owned, amortised)</source>
        <translation>%1 (en propriété, amorti)</translation>
    </message>
    <message>
        <source>%1 x %2 per month (%3)</source>
        <translation>%1 x %2 par mois (%3)</translation>
    </message>
    <message>
        <source>%1 x 730 h (a commitment is paid for every hour, whatever the schedule) = %2 %3s; rate %4 (%5, %6)</source>
        <translation>%1 x 730 h (un engagement est payé pour chaque heure, quel que soit le planning) = %2 unités (%3)&#xa0;; tarif %4 (%5, %6)</translation>
    </message>
    <message>
        <source>%1 x 730 h x (%2 h/day x %3 days/week) / 168 = %4 %5s; rate %6 (%7, %8)</source>
        <translation>%1 x 730 h x (%2 h/jour x %3 jours/semaine) / 168 = %4 unités (%5)&#xa0;; tarif %6 (%7, %8)</translation>
    </message>
    <message>
        <source>, x %1 for %2</source>
        <translation>, x %1 pour %2</translation>
    </message>
    <message>
        <source>%1 GB stored</source>
        <translation>%1 GB stockés</translation>
    </message>
    <message>
        <source>%1 TB scanned</source>
        <translation>%1 TB analysés</translation>
    </message>
    <message>
        <source>%1 million requests</source>
        <translation>%1 M de requêtes</translation>
    </message>
    <message>
        <source>%1 million tokens</source>
        <translation>%1 M de tokens</translation>
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
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>, less %1 free</source>
        <translation>, franchise de %1</translation>
    </message>
    <message>
        <source>%1; rate %2 per %3</source>
        <translation>%1&#xa0;; tarif %2 par %3</translation>
    </message>
    <message>
        <source> x region multiplier %1</source>
        <translation> x coefficient régional %1</translation>
    </message>
    <message>
        <source> x %1 for %2</source>
        <translation> x %1 pour %2</translation>
    </message>
    <message>
        <source>Negotiated discount (%1%)</source>
        <translation>Remise négociée (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 of %2 subtotal</source>
        <translation>%1 du sous-total %2</translation>
    </message>
    <message>
        <source>run %1 h a day, %2 days a week (business hours)</source>
        <translation>fonctionner %1 h par jour, %2 jours par semaine (heures ouvrées)</translation>
    </message>
    <message>
        <source>spot capacity for training, with checkpoints</source>
        <translation>capacité spot pour l&apos;entraînement, avec points de contrôle</translation>
    </message>
    <message>
        <source>reserve it for 1 year: steady inference runs 24/7</source>
        <translation>réserver pour 1 an&#xa0;: l&apos;inférence régulière tourne 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>cover it with a savings plan: steady inference runs 24/7</source>
        <translation>couvrir par un Savings Plan&#xa0;: l&apos;inférence régulière tourne 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>move to the archive tier</source>
        <translation>passer à la classe de stockage archive</translation>
    </message>
    <message>
        <source>%1 is %2% available (%3 min down a year), below the %4% target</source>
        <translation>%1 est disponible à %2&#xa0;% (%3 min d&apos;indisponibilité par an), sous l&apos;objectif de %4&#xa0;%</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no recovery time</comment>
        <translation>aucun</translation>
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
        <translation>aucune stratégie de reprise</translation>
    </message>
    <message>
        <source>RTO %1 &gt; target %2</source>
        <translation>RTO %1 &gt; cible %2</translation>
    </message>
    <message>
        <source>RPO %1 &gt; target %2</source>
        <translation>RPO %1 &gt; cible %2</translation>
    </message>
    <message>
        <source>; Lecture 01 suggests %1 (%2)</source>
        <translation>&#xa0;; le cours 01 recommande %1 (%2)</translation>
    </message>
    <message>
        <source>dr_strategy of the service</source>
        <translation>stratégie de reprise du service (dr_strategy)</translation>
    </message>
    <message>
        <source>redundancy group &quot;%1&quot; sits in one region (%2): a regional disaster takes every member</source>
        <translation>le groupe de redondance «&#xa0;%1&#xa0;» se trouve dans une seule région (%2)&#xa0;: un sinistre régional touche tous ses membres</translation>
    </message>
    <message>
        <source>redundancy group &quot;%1&quot; needs all its members: there is no spare</source>
        <translation>le groupe de redondance «&#xa0;%1&#xa0;» a besoin de tous ses membres&#xa0;: il n&apos;y a aucune réserve</translation>
    </message>
    <message>
        <source>redundancy group &quot;%1&quot; (%2, %3 failover)</source>
        <translation>groupe de redondance «&#xa0;%1&#xa0;» (%2, basculement %3)</translation>
    </message>
    <message>
        <source>, stated RTO/RPO</source>
        <translation>, RTO/RPO déclarés</translation>
    </message>
    <message>
        <source>no DR strategy and no redundancy group</source>
        <translation>aucune stratégie de reprise ni groupe de redondance</translation>
    </message>
    <message>
        <source>disaster_recovery plan (%1, %2 failover, standby capacity %3)</source>
        <translation>plan disaster_recovery (%1, basculement %2, capacité de secours %3)</translation>
    </message>
    <message>
        <source>inter-region rate $%1/GB</source>
        <translation>tarif inter-régions $%1/GB</translation>
    </message>
    <message>
        <source>cross-zone rate $%1/GB</source>
        <translation>tarif inter-zones $%1/GB</translation>
    </message>
    <message>
        <source>same region: free</source>
        <translation>même région&#xa0;: gratuit</translation>
    </message>
    <message>
        <source>private interconnect rate $%1/GB</source>
        <translation>tarif d&apos;interconnexion privée $%1/GB</translation>
    </message>
    <message>
        <source>%1 internet tiers on %2 GB/month in all, blended $%3/GB</source>
        <translation>paliers internet %1 sur %2 GB/mois au total, tarif moyen $%3/GB</translation>
    </message>
    <message>
        <source>, less %1% negotiated discount</source>
        <translation>, moins %1&#xa0;% de remise négociée</translation>
    </message>
    <message>
        <source>no workload on Kubernetes or portable compute</source>
        <translation>aucune charge de travail sur Kubernetes ou sur du calcul portable</translation>
    </message>
    <message>
        <source>portable workloads: %1</source>
        <translation>charges de travail portables&#xa0;: %1</translation>
    </message>
    <message>
        <source>no open-interface storage</source>
        <translation>aucun stockage à interface ouverte</translation>
    </message>
    <message>
        <source>open storage: %1</source>
        <translation>stockage ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>workloads on %1</source>
        <translation>charges de travail chez %1</translation>
    </message>
    <message>
        <source>every service is portable or managed-open</source>
        <translation>chaque service est portable ou managé à interface ouverte</translation>
    </message>
    <message>
        <source>one provider, with proprietary services</source>
        <translation>un seul fournisseur, avec des services propriétaires</translation>
    </message>
    <message>
        <source>public clouds: %1</source>
        <translation>clouds publics&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no public cloud</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>every service outside %1 has a reason</source>
        <translation>chaque service hors de %1 a une justification</translation>
    </message>
    <message>
        <source>no reason stated for: %1</source>
        <translation>aucune justification pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>cross-cloud egress is %1 of monthly spend</source>
        <translation>la sortie de données entre clouds représente %1 des dépenses mensuelles</translation>
    </message>
    <message>
        <source>everything runs on demand, around the clock</source>
        <translation>tout tourne à la demande, 24 h/24</translation>
    </message>
    <message>
        <source>optimised: %1</source>
        <translation>optimisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>no entry points (mark the user-facing services)</source>
        <translation>aucun point d&apos;entrée (marquez les services exposés aux utilisateurs)</translation>
    </message>
    <message>
        <source>every entry point is served active-active</source>
        <translation>chaque point d&apos;entrée est servi en actif-actif</translation>
    </message>
    <message>
        <source>not active-active: %1</source>
        <translation>pas en actif-actif&#xa0;: %1</translation>
    </message>
    <message>
        <source>no management plane</source>
        <translation>aucun plan de gestion</translation>
    </message>
    <message>
        <source>management plane: %1</source>
        <translation>plan de gestion&#xa0;: %1</translation>
    </message>
    <message>
        <source>no redundancy groups or DR plans</source>
        <translation>aucun groupe de redondance ni plan de reprise</translation>
    </message>
    <message>
        <source>every failover is automatic</source>
        <translation>chaque basculement est automatique</translation>
    </message>
    <message>
        <source>manual failover: %1</source>
        <translation>basculement manuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>managed Kubernetes on every cloud in use</source>
        <translation>Kubernetes managé sur chaque cloud utilisé</translation>
    </message>
    <message>
        <source>no managed Kubernetes on: %1</source>
        <translation>pas de Kubernetes managé chez&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown criterion &quot;%1&quot; (not checked)</source>
        <translation>critère inconnu «&#xa0;%1&#xa0;» (non vérifié)</translation>
    </message>
    <message>
        <source>cloud spend of $%1 a year is enterprise scale</source>
        <translation>des dépenses cloud de $%1 par an sont à l&apos;échelle d&apos;une grande entreprise</translation>
    </message>
    <message>
        <source>availability target %1 needs more than one provider</source>
        <translation>l&apos;objectif de disponibilité %1 exige plus d&apos;un fournisseur</translation>
    </message>
    <message numerus="yes">
        <source>%n regulatory regimes in scope</source>
        <translation>
            <numerusform>%n réglementation applicable</numerusform>
            <numerusform>%n réglementations applicables</numerusform>
        </translation>
    </message>
    <message>
        <source>specialised hardware (%1 on %2)</source>
        <translation>matériel spécialisé (%1 chez %2)</translation>
    </message>
    <message numerus="yes">
        <source>regions on %n continents (global users)</source>
        <translation>
            <numerusform>des régions sur %n continent (utilisateurs dans le monde entier)</numerusform>
            <numerusform>des régions sur %n continents (utilisateurs dans le monde entier)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a team of %n engineers is small for several clouds</source>
        <translation>
            <numerusform>une équipe de %n ingénieur est petite pour plusieurs clouds</numerusform>
            <numerusform>une équipe de %n ingénieurs est petite pour plusieurs clouds</numerusform>
        </translation>
    </message>
    <message>
        <source>cloud spend of $%1 a year is too small to negotiate</source>
        <translation>des dépenses cloud de $%1 par an sont trop faibles pour négocier</translation>
    </message>
    <message>
        <source>everything runs in one region</source>
        <translation>tout tourne dans une seule région</translation>
    </message>
    <message>
        <source>availability target %1 is met by one cloud</source>
        <translation>l&apos;objectif de disponibilité %1 est atteint avec un seul cloud</translation>
    </message>
    <message>
        <source>(Decision framework: %1.)</source>
        <translation>(Cadre de décision&#xa0;: %1.)</translation>
    </message>
    <message>
        <source>(No reason: %1.)</source>
        <translation>(Sans justification&#xa0;: %1.)</translation>
    </message>
    <message>
        <source>(No cloud runs Kubernetes.)</source>
        <translation>(Aucun cloud n&apos;exécute Kubernetes.)</translation>
    </message>
    <message>
        <source>(Kubernetes only on %1.)</source>
        <translation>(Kubernetes uniquement chez %1.)</translation>
    </message>
    <message>
        <source>(Now %1.)</source>
        <translation>(Actuellement %1.)</translation>
    </message>
    <message>
        <source>(Groups: %1.)</source>
        <translation>(Groupes&#xa0;: %1.)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>a list cut short</comment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogData</name>
    <message>
        <source>1 Gbps Standard circuit, metered data plan</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Circuit Standard 1 Gbit/s, forfait de données au volume</translation>
    </message>
    <message>
        <source>1 vCPU, 3.75 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>1 vCPU, 3.75 GB</translation>
    </message>
    <message>
        <source>1-socket server, 16 cores, 64 GB RAM, 2x 1.92 TB NVMe (RAID 1)</source>
        <extracomment>instance type description</extracomment>
        <translation>Serveur 1 socket, 16 cœurs, 64 GB de RAM, 2x 1.92 TB NVMe (RAID 1)</translation>
    </message>
    <message>
        <source>10 Gbps Dedicated Interconnect circuit</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Circuit Dedicated Interconnect 10 Gbit/s</translation>
    </message>
    <message>
        <source>10 Gbps dedicated port</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Port dédié 10 Gbit/s</translation>
    </message>
    <message>
        <source>12 vCPU, 96 GiB, managed storage</source>
        <extracomment>instance type description</extracomment>
        <translation>12 vCPU, 96 GiB, stockage managé</translation>
    </message>
    <message>
        <source>1M queries</source>
        <extracomment>unit</extracomment>
        <translation>1 M de requêtes</translation>
    </message>
    <message>
        <source>1M requests</source>
        <extracomment>unit</extracomment>
        <translation>1 M de requêtes</translation>
    </message>
    <message>
        <source>1M tokens</source>
        <extracomment>unit</extracomment>
        <translation>1 M de tokens</translation>
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
        <translation>Serveur 2 sockets avec 2x NVIDIA L40S 48 GB</translation>
    </message>
    <message>
        <source>2-socket server with 4x NVIDIA L40S 48 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>Serveur 2 sockets avec 4x NVIDIA L40S 48 GB</translation>
    </message>
    <message>
        <source>2-socket server, 32 cores, 256 GB RAM, 2x 3.84 TB NVMe</source>
        <extracomment>instance type description</extracomment>
        <translation>Serveur 2 sockets, 32 cœurs, 256 GB de RAM, 2x 3.84 TB NVMe</translation>
    </message>
    <message>
        <source>2-socket server, 32 cores, 256 GB RAM, 4x 3.84 TB NVMe (RAID 10)</source>
        <extracomment>instance type description</extracomment>
        <translation>Serveur 2 sockets, 32 cœurs, 256 GB de RAM, 4x 3.84 TB NVMe (RAID 10)</translation>
    </message>
    <message>
        <source>4 vCPU, 15 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 15 GB</translation>
    </message>
    <message>
        <source>4 vCPU, 15 GB, general purpose</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 15 GB, usage général</translation>
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
        <translation>4 vCPU, 16 GiB, usage général</translation>
    </message>
    <message>
        <source>4 vCPU, 32 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 32 GiB</translation>
    </message>
    <message>
        <source>4 vCPU, 32 GiB, managed storage</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 32 GiB, stockage managé</translation>
    </message>
    <message>
        <source>4 vCPU, 8 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 8 GiB</translation>
    </message>
    <message>
        <source>4 vCPU, 8 GiB, compute optimised</source>
        <extracomment>instance type description</extracomment>
        <translation>4 vCPU, 8 GiB, optimisé pour le calcul</translation>
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
        <translation>L&apos;architecture comporte un plan de gestion multi-cloud (Anthos, Azure Arc)</translation>
    </message>
    <message>
        <source>AKS Standard tier cluster fee</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Frais de cluster AKS (niveau Standard)</translation>
    </message>
    <message>
        <source>API calls</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Appels d&apos;API</translation>
    </message>
    <message>
        <source>Access operations</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Opérations d&apos;accès</translation>
    </message>
    <message>
        <source>Active logical storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Stockage logique actif</translation>
    </message>
    <message>
        <source>Active secret versions</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Versions de secrets actives</translation>
    </message>
    <message>
        <source>An entry point depends on a redundancy group that fails over manually: failover waits for a person.</source>
        <extracomment>anti-pattern explanation</extracomment>
        <translation>Un point d&apos;entrée dépend d&apos;un groupe de redondance à basculement manuel&#xa0;: le basculement attend une intervention humaine.</translation>
    </message>
    <message>
        <source>Argentina</source>
        <extracomment>country</extracomment>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>Artifact storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Stockage des artefacts</translation>
    </message>
    <message>
        <source>Australia</source>
        <extracomment>country</extracomment>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Austria</source>
        <extracomment>country</extracomment>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Azure management, policy and GitOps configuration for Kubernetes clusters on other clouds and on-premises.</source>
        <extracomment>service description</extracomment>
        <translation>Gestion Azure, stratégies et configuration GitOps pour les clusters Kubernetes sur d&apos;autres clouds et on-premises.</translation>
    </message>
    <message>
        <source>Balanced persistent disk (pd-balanced)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Disque persistant équilibré (pd-balanced)</translation>
    </message>
    <message>
        <source>Basic health checks (Azure endpoints)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Contrôles d&apos;intégrité de base (points de terminaison Azure)</translation>
    </message>
    <message>
        <source>Batch job scheduling on EC2; AWS Batch itself is free, the instances are billed.</source>
        <extracomment>service description</extracomment>
        <translation>Planification de tâches par lots sur EC2&#xa0;; AWS Batch lui-même est gratuit, les instances sont facturées.</translation>
    </message>
    <message>
        <source>Belgium</source>
        <extracomment>country</extracomment>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Block blob storage, LRS (Hot / Cool / Archive)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Stockage d&apos;objets blob de blocs, LRS (Hot / Cool / Archive)</translation>
    </message>
    <message>
        <source>Brazil</source>
        <extracomment>country</extracomment>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <extracomment>country</extracomment>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Burstable, 1 vCore, 2 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>Burstable, 1 vCore, 2 GiB</translation>
    </message>
    <message>
        <source>CCPA / CPRA</source>
        <extracomment>regulatory regime</extracomment>
        <translation>CCPA / CPRA</translation>
    </message>
    <message>
        <source>Canada</source>
        <extracomment>country</extracomment>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Cardholder data is stored without encryption at rest (PCI DSS req. 3)</source>
        <extracomment>compliance finding</extracomment>
        <translation>Des données de titulaires de carte sont stockées sans chiffrement au repos (PCI DSS exig. 3)</translation>
    </message>
    <message>
        <source>Cardholder data travels without encryption in transit (PCI DSS req. 4)</source>
        <extracomment>compliance finding</extracomment>
        <translation>Des données de titulaires de carte circulent sans chiffrement en transit (PCI DSS exig. 4)</translation>
    </message>
    <message>
        <source>Check that the transfer has a legal basis and is recorded</source>
        <extracomment>compliance fix</extracomment>
        <translation>Vérifiez que le transfert a une base légale et qu&apos;il est consigné</translation>
    </message>
    <message>
        <source>China</source>
        <extracomment>country</extracomment>
        <translation>Chine</translation>
    </message>
    <message>
        <source>China CSL / PIPL localisation</source>
        <extracomment>regulatory regime</extracomment>
        <translation>Chine CSL / PIPL – localisation des données</translation>
    </message>
    <message>
        <source>Class B operations (reads)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Opérations de classe B (lectures)</translation>
    </message>
    <message>
        <source>Cloud-native multi-cloud</source>
        <extracomment>maturity level</extracomment>
        <translation>Multi-cloud cloud-native</translation>
    </message>
    <message>
        <source>Committed use 1 year</source>
        <extracomment>pricing model</extracomment>
        <translation>Engagement d&apos;utilisation 1 an</translation>
    </message>
    <message>
        <source>Committed use 3 years</source>
        <extracomment>pricing model</extracomment>
        <translation>Engagement d&apos;utilisation 3 ans</translation>
    </message>
    <message>
        <source>Compute (1 GB, 200 ms per call)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Calcul (1 GB, 200 ms par appel)</translation>
    </message>
    <message>
        <source>Compute Savings Plan</source>
        <extracomment>pricing model</extracomment>
        <translation>Compute Savings Plan</translation>
    </message>
    <message>
        <source>Compute runs on Kubernetes on some clouds and on proprietary platforms on others: one operating model per cloud.</source>
        <extracomment>anti-pattern explanation</extracomment>
        <translation>Le calcul tourne sur Kubernetes dans certains clouds et sur des plateformes propriétaires dans d&apos;autres&#xa0;: un modèle d&apos;exploitation par cloud.</translation>
    </message>
    <message>
        <source>Croatia</source>
        <extracomment>country</extracomment>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Cross-cloud data transfer takes more than {egress_share_max_pct}% of monthly spend: apply data gravity, move compute to the data or cache.</source>
        <extracomment>anti-pattern explanation; keep the {placeholders}</extracomment>
        <translation>Le transfert de données entre clouds dépasse {egress_share_max_pct}&#xa0;% des dépenses mensuelles&#xa0;: appliquez la gravité des données, rapprochez le calcul des données ou utilisez un cache.</translation>
    </message>
    <message>
        <source>Cross-cloud egress is at most {egress_share_max_pct}% of monthly spend</source>
        <extracomment>maturity criterion; keep the {placeholders}</extracomment>
        <translation>La sortie de données entre clouds représente au plus {egress_share_max_pct}&#xa0;% des dépenses mensuelles</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <extracomment>country</extracomment>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <extracomment>country</extracomment>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>DNS queries (first 1 billion)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Requêtes DNS (premier milliard)</translation>
    </message>
    <message>
        <source>DNS-based global traffic routing with endpoint health checks.</source>
        <extracomment>service description</extracomment>
        <translation>Routage global du trafic par DNS, avec contrôles d&apos;intégrité des points de terminaison.</translation>
    </message>
    <message>
        <source>Data Lake Storage Gen2 (Hot, LRS)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Data Lake Storage Gen2 (Hot, LRS)</translation>
    </message>
    <message>
        <source>Data and artifacts sit in open-interface storage (S3-compatible object storage, OCI registries, open database engines)</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Les données et les artefacts résident dans un stockage à interface ouverte (stockage objet compatible S3, registres OCI, moteurs de base de données ouverts)</translation>
    </message>
    <message>
        <source>Data processed by the load balancer</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Données traitées par l&apos;équilibreur de charge</translation>
    </message>
    <message>
        <source>Database administration, backups and patching, per server</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Administration de base de données, sauvegardes et correctifs, par serveur</translation>
    </message>
    <message>
        <source>Declare standard contractual clauses (scc) on this flow, anonymise it, or keep the receiver in the EU/EEA</source>
        <extracomment>compliance fix</extracomment>
        <translation>Déclarez des clauses contractuelles types (scc) sur ce flux, anonymisez-le ou gardez le destinataire dans l&apos;UE/EEE</translation>
    </message>
    <message>
        <source>Dedicated Interconnect to on-premises; data out is priced per GB on the links that use it.</source>
        <extracomment>service description</extracomment>
        <translation>Dedicated Interconnect vers l&apos;infrastructure on-premises&#xa0;; les données sortantes sont facturées au GB sur les liaisons qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Dedicated private connection; data out is priced per GB on the links that use it.</source>
        <extracomment>service description</extracomment>
        <translation>Connexion privée dédiée&#xa0;; les données sortantes sont facturées au GB sur les liaisons qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Denmark</source>
        <extracomment>country</extracomment>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>EBS gp3 volumes</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Volumes EBS gp3</translation>
    </message>
    <message>
        <source>EKS control plane</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Plan de contrôle EKS</translation>
    </message>
    <message>
        <source>EU personal data ({classification}) flows from {from_country} to {to_country} without a transfer mechanism</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Des données personnelles de l&apos;UE ({classification}) sont transférées sans mécanisme de transfert&#xa0;: {from_country} -&gt; {to_country}</translation>
    </message>
    <message>
        <source>EU personal data ({classification}) is held in {region_name} ({country}), outside the EU/EEA and the countries with an adequacy decision</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Des données personnelles de l&apos;UE ({classification}) sont détenues dans {region_name} ({country}), hors de l&apos;UE/EEE et des pays bénéficiant d&apos;une décision d&apos;adéquation</translation>
    </message>
    <message>
        <source>EU personal data is stored without encryption at rest (GDPR Art. 32)</source>
        <extracomment>compliance finding</extracomment>
        <translation>Des données personnelles de l&apos;UE sont stockées sans chiffrement au repos (RGPD art. 32)</translation>
    </message>
    <message>
        <source>EU personal data leaves the EU/EEA: {from_country} -&gt; {to_country}</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Des données personnelles de l&apos;UE quittent l&apos;UE/EEE&#xa0;: {from_country} -&gt; {to_country}</translation>
    </message>
    <message>
        <source>Estonia</source>
        <extracomment>country</extracomment>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Every entry point is served by an active-active redundancy group</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Chaque point d&apos;entrée est servi par un groupe de redondance actif-actif</translation>
    </message>
    <message>
        <source>Every public cloud in use runs managed Kubernetes</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Chaque cloud public utilisé exécute Kubernetes managé</translation>
    </message>
    <message>
        <source>Every redundancy group fails over automatically</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Chaque groupe de redondance bascule automatiquement</translation>
    </message>
    <message>
        <source>Every service outside the main provider has a stated reason</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Chaque service hors du fournisseur principal a une justification déclarée</translation>
    </message>
    <message>
        <source>Execution time (1 GB, 200 ms per call)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Durée d&apos;exécution (1 GB, 200 ms par appel)</translation>
    </message>
    <message>
        <source>Executions</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Finland</source>
        <extracomment>country</extracomment>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>Fleet management, policy, config sync and service mesh across GKE, other clouds and on-premises clusters.</source>
        <extracomment>service description</extracomment>
        <translation>Gestion de parc, stratégies, synchronisation de configuration et maillage de services sur GKE, d&apos;autres clouds et des clusters on-premises.</translation>
    </message>
    <message>
        <source>Flexible committed use</source>
        <extracomment>pricing model</extracomment>
        <translation>Engagement d&apos;utilisation flexible</translation>
    </message>
    <message>
        <source>Foundation-model API (Gemini), pay per token.</source>
        <extracomment>service description</extracomment>
        <translation>API de modèles de fondation (Gemini), paiement au token.</translation>
    </message>
    <message>
        <source>Foundation-model API (pay per token).</source>
        <extracomment>service description</extracomment>
        <translation>API de modèles de fondation (paiement au token).</translation>
    </message>
    <message>
        <source>France</source>
        <extracomment>country</extracomment>
        <translation>France</translation>
    </message>
    <message>
        <source>GB-month</source>
        <extracomment>unit</extracomment>
        <translation>GB-mois</translation>
    </message>
    <message>
        <source>GDPR</source>
        <extracomment>regulatory regime</extracomment>
        <translation>RGPD</translation>
    </message>
    <message>
        <source>GET requests</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Requêtes GET</translation>
    </message>
    <message>
        <source>GKE cluster management fee</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Frais de gestion de cluster GKE</translation>
    </message>
    <message>
        <source>GPU node: 1x NVIDIA A100 40 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>Nœud GPU&#xa0;: 1x NVIDIA A100 40 GB</translation>
    </message>
    <message>
        <source>GPU node: 1x NVIDIA A100 80 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>Nœud GPU&#xa0;: 1x NVIDIA A100 80 GB</translation>
    </message>
    <message>
        <source>GPU node: 1x NVIDIA A10G</source>
        <extracomment>instance type description</extracomment>
        <translation>Nœud GPU&#xa0;: 1x NVIDIA A10G</translation>
    </message>
    <message>
        <source>GPU node: 1x NVIDIA T4</source>
        <extracomment>instance type description</extracomment>
        <translation>Nœud GPU&#xa0;: 1x NVIDIA T4</translation>
    </message>
    <message>
        <source>GPU node: 1x NVIDIA V100</source>
        <extracomment>instance type description</extracomment>
        <translation>Nœud GPU&#xa0;: 1x NVIDIA V100</translation>
    </message>
    <message>
        <source>GPU node: n1-standard-4 with 1x NVIDIA T4</source>
        <extracomment>instance type description</extracomment>
        <translation>Nœud GPU&#xa0;: n1-standard-4 avec 1x NVIDIA T4</translation>
    </message>
    <message>
        <source>General Purpose, 2 vCores, 8 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>Usage général, 2 vCores, 8 GiB</translation>
    </message>
    <message>
        <source>General Purpose, 4 vCores, 16 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>Usage général, 4 vCores, 16 GiB</translation>
    </message>
    <message>
        <source>Germany</source>
        <extracomment>country</extracomment>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Global DNS with health-checked failover routing.</source>
        <extracomment>service description</extracomment>
        <translation>DNS global avec routage de basculement selon des contrôles d&apos;intégrité.</translation>
    </message>
    <message>
        <source>Global external Application Load Balancer with anycast IP and health-checked failover.</source>
        <extracomment>service description</extracomment>
        <translation>Application Load Balancer externe global avec IP anycast et basculement selon des contrôles d&apos;intégrité.</translation>
    </message>
    <message>
        <source>Global forwarding rules (first 5)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Règles de transfert globales (les 5 premières)</translation>
    </message>
    <message>
        <source>Global layer-7 load balancer and CDN with health-probed failover.</source>
        <extracomment>service description</extracomment>
        <translation>Équilibreur de charge global de couche 7 et CDN avec basculement selon des sondes d&apos;intégrité.</translation>
    </message>
    <message>
        <source>Google TPU accelerators (TPU VMs and Pod slices) for large-scale training and serving.</source>
        <extracomment>service description</extracomment>
        <translation>Accélérateurs TPU de Google (VM TPU et tranches de pod) pour l&apos;entraînement et l&apos;inférence à grande échelle.</translation>
    </message>
    <message>
        <source>Greece</source>
        <extracomment>country</extracomment>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>HGX H100 8-GPU server, 8x H100 80 GB SXM</source>
        <extracomment>instance type description</extracomment>
        <translation>Serveur HGX H100 à 8 GPU, 8x H100 80 GB SXM</translation>
    </message>
    <message>
        <source>HIPAA</source>
        <extracomment>regulatory regime</extracomment>
        <translation>HIPAA</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <extracomment>country</extracomment>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Hosted zones</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Zones hébergées</translation>
    </message>
    <message>
        <source>Hungary</source>
        <extracomment>country</extracomment>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Iceland</source>
        <extracomment>country</extracomment>
        <translation>Islande</translation>
    </message>
    <message>
        <source>Ignoring data transfer costs</source>
        <extracomment>anti-pattern</extracomment>
        <translation>Ignorer les coûts de transfert de données</translation>
    </message>
    <message>
        <source>Image storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Stockage des images</translation>
    </message>
    <message>
        <source>Inconsistent deployment patterns</source>
        <extracomment>anti-pattern</extracomment>
        <translation>Modèles de déploiement incohérents</translation>
    </message>
    <message>
        <source>India</source>
        <extracomment>country</extracomment>
        <translation>Inde</translation>
    </message>
    <message>
        <source>Indian payment data is held in {country}; the RBI requires payment data to be stored in India</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Des données de paiement indiennes sont détenues hors d&apos;Inde ({country})&#xa0;; la RBI exige que les données de paiement soient stockées en Inde</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <extracomment>country</extracomment>
        <translation>Indonésie</translation>
    </message>
    <message>
        <source>Insufficient automation</source>
        <extracomment>anti-pattern</extracomment>
        <translation>Automatisation insuffisante</translation>
    </message>
    <message>
        <source>Invocations</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Invocations</translation>
    </message>
    <message>
        <source>Ireland</source>
        <extracomment>country</extracomment>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Israel</source>
        <extracomment>country</extracomment>
        <translation>Israël</translation>
    </message>
    <message>
        <source>Italy</source>
        <extracomment>country</extracomment>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Japan</source>
        <extracomment>country</extracomment>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Keep PHI out of {label} (anonymise the flow) or use a HIPAA-eligible service</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Tenez les PHI à l&apos;écart de {label} (anonymisez le flux) ou utilisez un service éligible HIPAA</translation>
    </message>
    <message>
        <source>Keep the primary copy on an on-premises site in Russia (e.g. dc-ru); copies abroad are allowed</source>
        <extracomment>compliance fix</extracomment>
        <translation>Gardez la copie principale sur un site on-premises en Russie (p. ex. dc-ru)&#xa0;; les copies à l&apos;étranger sont autorisées</translation>
    </message>
    <message>
        <source>Kubernetes configuration (defaults.instances = vCPUs under management)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Configuration Kubernetes (defaults.instances = vCPU gérés)</translation>
    </message>
    <message>
        <source>Kubernetes subscription and platform operations, per node</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Abonnement Kubernetes et exploitation de la plateforme, par nœud</translation>
    </message>
    <message>
        <source>Latvia</source>
        <extracomment>country</extracomment>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <extracomment>country</extracomment>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <extracomment>country</extracomment>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <extracomment>country</extracomment>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>ML storage volumes</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Volumes de stockage ML</translation>
    </message>
    <message>
        <source>Malta</source>
        <extracomment>country</extracomment>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Managed Kubernetes (Standard tier); nodes are Azure VMs, plus an hourly cluster fee.</source>
        <extracomment>service description</extracomment>
        <translation>Kubernetes managé (niveau Standard)&#xa0;; les nœuds sont des VM Azure, plus des frais de cluster horaires.</translation>
    </message>
    <message>
        <source>Managed Kubernetes; nodes are Compute Engine VMs, plus an hourly cluster fee.</source>
        <extracomment>service description</extracomment>
        <translation>Kubernetes managé&#xa0;; les nœuds sont des VM Compute Engine, plus des frais de cluster horaires.</translation>
    </message>
    <message>
        <source>Managed Kubernetes; nodes are EC2 instances, plus an hourly control-plane fee.</source>
        <extracomment>service description</extracomment>
        <translation>Kubernetes managé&#xa0;; les nœuds sont des instances EC2, plus des frais horaires de plan de contrôle.</translation>
    </message>
    <message>
        <source>Managed PostgreSQL (Enterprise edition) for metadata, feature and experiment stores.</source>
        <extracomment>service description</extracomment>
        <translation>PostgreSQL managé (édition Enterprise) pour les magasins de métadonnées, de features et d&apos;expériences.</translation>
    </message>
    <message>
        <source>Managed PostgreSQL for metadata, feature and experiment stores.</source>
        <extracomment>service description</extracomment>
        <translation>PostgreSQL managé pour les magasins de métadonnées, de features et d&apos;expériences.</translation>
    </message>
    <message>
        <source>Managed authoritative DNS, including routing policies for failover.</source>
        <extracomment>service description</extracomment>
        <translation>DNS faisant autorité managé, avec des stratégies de routage pour le basculement.</translation>
    </message>
    <message>
        <source>Managed custom training jobs on GPUs and TPUs, with Spot VMs.</source>
        <extracomment>service description</extracomment>
        <translation>Tâches d&apos;entraînement personnalisées managées sur GPU et TPU, avec des VM Spot.</translation>
    </message>
    <message>
        <source>Managed online prediction endpoints; billed per node-hour while deployed.</source>
        <extracomment>service description</extracomment>
        <translation>Points de terminaison de prédiction en ligne managés&#xa0;; facturés à l&apos;heure de nœud tant qu&apos;ils sont déployés.</translation>
    </message>
    <message>
        <source>Managed real-time inference endpoints with autoscaling.</source>
        <extracomment>service description</extracomment>
        <translation>Points de terminaison d&apos;inférence en temps réel managés, avec mise à l&apos;échelle automatique.</translation>
    </message>
    <message>
        <source>Managed real-time inference endpoints; instances billed at the VM rates.</source>
        <extracomment>service description</extracomment>
        <translation>Points de terminaison d&apos;inférence en temps réel managés&#xa0;; instances facturées au tarif des VM.</translation>
    </message>
    <message>
        <source>Managed secrets with rotation.</source>
        <extracomment>service description</extracomment>
        <translation>Secrets managés avec rotation.</translation>
    </message>
    <message>
        <source>Managed secrets with versioning and rotation.</source>
        <extracomment>service description</extracomment>
        <translation>Secrets managés avec gestion des versions et rotation.</translation>
    </message>
    <message>
        <source>Managed secrets, keys and certificates.</source>
        <extracomment>service description</extracomment>
        <translation>Secrets, clés et certificats managés.</translation>
    </message>
    <message>
        <source>Managed training jobs, with managed spot training and checkpointing.</source>
        <extracomment>service description</extracomment>
        <translation>Tâches d&apos;entraînement managées, avec entraînement spot managé et points de contrôle.</translation>
    </message>
    <message>
        <source>Managed training on compute instances and clusters; billed at the VM rates with no Azure ML surcharge.</source>
        <extracomment>service description</extracomment>
        <translation>Entraînement managé sur des instances et clusters de calcul&#xa0;; facturé au tarif des VM, sans supplément Azure ML.</translation>
    </message>
    <message>
        <source>Managed vCPUs (defaults.instances = vCPUs under management)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>vCPU gérés (defaults.instances = vCPU gérés)</translation>
    </message>
    <message>
        <source>Managed zones (first 25)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Zones gérées (les 25 premières)</translation>
    </message>
    <message>
        <source>Mexico</source>
        <extracomment>country</extracomment>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Model tokens (3:1 input:output)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Tokens de modèle (3:1 entrée:sortie)</translation>
    </message>
    <message>
        <source>Move {label} to {fix_region}, the nearest {provider} region in China (AWS China and Azure China are run by local operators)</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Déplacez {label} vers {fix_region}, la région {provider} la plus proche en Chine (AWS Chine et Azure Chine sont exploités par des opérateurs locaux)</translation>
    </message>
    <message>
        <source>Move {label} to {fix_region}, the nearest {provider} region in India</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Déplacez {label} vers {fix_region}, la région {provider} la plus proche en Inde</translation>
    </message>
    <message>
        <source>Move {label} to {fix_region}, the nearest {provider} region in the EU/EEA that offers {service_name}; or declare SCCs on the transfer</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Déplacez {label} vers {fix_region}, la région {provider} la plus proche dans l&apos;UE/EEE qui propose {service_name}&#xa0;; ou déclarez des clauses contractuelles types sur le transfert</translation>
    </message>
    <message>
        <source>Move {label} to {fix_region}, the nearest {provider} region that offers {service_name}</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Déplacez {label} vers {fix_region}, la région {provider} la plus proche qui propose {service_name}</translation>
    </message>
    <message>
        <source>Multi-cloud aware</source>
        <extracomment>maturity level</extracomment>
        <translation>Conscient du multi-cloud</translation>
    </message>
    <message>
        <source>Multi-cloud for its own sake</source>
        <extracomment>anti-pattern</extracomment>
        <translation>Le multi-cloud pour lui-même</translation>
    </message>
    <message>
        <source>NVIDIA DGX A100 or HGX A100 8-GPU server, 8x A100 80 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>Serveur NVIDIA DGX A100 ou HGX A100 à 8 GPU, 8x A100 80 GB</translation>
    </message>
    <message>
        <source>Neglecting team skills</source>
        <extracomment>anti-pattern</extracomment>
        <translation>Négliger les compétences de l&apos;équipe</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <extracomment>country</extracomment>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <extracomment>country</extracomment>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <source>Node: 4 vCPU, 15 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>Nœud&#xa0;: 4 vCPU, 15 GB</translation>
    </message>
    <message>
        <source>Node: 4 vCPU, 16 GiB</source>
        <extracomment>instance type description</extracomment>
        <translation>Nœud&#xa0;: 4 vCPU, 16 GiB</translation>
    </message>
    <message>
        <source>Norway</source>
        <extracomment>country</extracomment>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>OCI container and model-artifact registry.</source>
        <extracomment>service description</extracomment>
        <translation>Registre OCI de conteneurs et d&apos;artefacts de modèles.</translation>
    </message>
    <message>
        <source>OCI container and model-artifact registry; Standard tier includes 100 GiB.</source>
        <extracomment>service description</extracomment>
        <translation>Registre OCI de conteneurs et d&apos;artefacts de modèles&#xa0;; le niveau Standard inclut 100 GiB.</translation>
    </message>
    <message>
        <source>OCI container, package and model-artifact registry.</source>
        <extracomment>service description</extracomment>
        <translation>Registre OCI de conteneurs, de paquets et d&apos;artefacts de modèles.</translation>
    </message>
    <message>
        <source>Object storage (LRS) for data lakes, datasets, checkpoints and model artifacts.</source>
        <extracomment>service description</extracomment>
        <translation>Stockage objet (LRS) pour les lacs de données, les jeux de données, les points de contrôle et les artefacts de modèles.</translation>
    </message>
    <message>
        <source>Object storage (one tier, HDD, erasure coding 4+2)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Stockage objet (une seule classe, HDD, codage à effacement 4+2)</translation>
    </message>
    <message>
        <source>Object storage for data lakes, datasets, checkpoints and model artifacts.</source>
        <extracomment>service description</extracomment>
        <translation>Stockage objet pour les lacs de données, les jeux de données, les points de contrôle et les artefacts de modèles.</translation>
    </message>
    <message>
        <source>On-demand</source>
        <extracomment>pricing model</extracomment>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>On-demand queries (per TiB scanned)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Requêtes à la demande (par TiB analysé)</translation>
    </message>
    <message>
        <source>OpenAI models (GPT-4o and successors) in the customer&apos;s Azure tenant, pay per token.</source>
        <extracomment>service description</extracomment>
        <translation>Modèles OpenAI (GPT-4o et successeurs) dans le locataire Azure du client, paiement au token.</translation>
    </message>
    <message>
        <source>Optimised multi-cloud</source>
        <extracomment>maturity level</extracomment>
        <translation>Multi-cloud optimisé</translation>
    </message>
    <message>
        <source>Owned (amortised)</source>
        <extracomment>pricing model</extracomment>
        <translation>En propriété (amorti)</translation>
    </message>
    <message>
        <source>Owned GPU servers for training and inference, billed per server-month whether busy or idle.</source>
        <extracomment>service description</extracomment>
        <translation>Serveurs GPU en propriété pour l&apos;entraînement et l&apos;inférence, facturés au mois de serveur, qu&apos;ils soient occupés ou inactifs.</translation>
    </message>
    <message>
        <source>PCI DSS</source>
        <extracomment>regulatory regime</extracomment>
        <translation>PCI DSS</translation>
    </message>
    <message>
        <source>PHI is held in {service_name}, which is not HIPAA-eligible</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Des PHI sont détenues dans {service_name}, qui n&apos;est pas éligible HIPAA</translation>
    </message>
    <message>
        <source>PHI is held on {provider} without a signed business associate agreement</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Des PHI sont détenues chez {provider} sans Business Associate Agreement signé</translation>
    </message>
    <message>
        <source>PHI is stored without encryption at rest</source>
        <extracomment>compliance finding</extracomment>
        <translation>Des PHI sont stockées sans chiffrement au repos</translation>
    </message>
    <message>
        <source>PHI travels to or from {label} without encryption in transit</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Des PHI circulent depuis ou vers {label} sans chiffrement en transit</translation>
    </message>
    <message>
        <source>Pay-as-you-go</source>
        <extracomment>pricing model</extracomment>
        <translation>Paiement à l&apos;utilisation</translation>
    </message>
    <message>
        <source>Personal data of Chinese origin is held in {country}; China&apos;s CSL/PIPL require it to stay in China</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Des données personnelles d&apos;origine chinoise sont détenues hors de Chine ({country})&#xa0;; la CSL/PIPL chinoise exige qu&apos;elles restent en Chine</translation>
    </message>
    <message>
        <source>Personal data of Russian citizens is held in {country}; Law 242-FZ requires the primary database in Russia, and no public cloud has a Russian region</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>Des données personnelles de citoyens russes sont détenues hors de Russie ({country})&#xa0;; la loi 242-FZ exige la base de données principale en Russie, et aucun cloud public n&apos;a de région russe</translation>
    </message>
    <message>
        <source>Poland</source>
        <extracomment>country</extracomment>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Portugal</source>
        <extracomment>country</extracomment>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Prediction node: 1x NVIDIA A100 40 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>Nœud de prédiction&#xa0;: 1x NVIDIA A100 40 GB</translation>
    </message>
    <message>
        <source>Prediction node: 4 vCPU, 15 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>Nœud de prédiction&#xa0;: 4 vCPU, 15 GB</translation>
    </message>
    <message>
        <source>Prediction node: n1-standard-4 with 1x NVIDIA T4</source>
        <extracomment>instance type description</extracomment>
        <translation>Nœud de prédiction&#xa0;: n1-standard-4 avec 1x NVIDIA T4</translation>
    </message>
    <message>
        <source>Premium SSD managed disks</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Disques managés SSD Premium</translation>
    </message>
    <message>
        <source>Premium SSD storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Stockage SSD Premium</translation>
    </message>
    <message>
        <source>Private connection to Azure; metered data out is priced per GB on the links that use it.</source>
        <extracomment>service description</extracomment>
        <translation>Connexion privée à Azure&#xa0;; les données sortantes mesurées sont facturées au GB sur les liaisons qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Provisioned data warehouse (RA3 nodes with managed storage).</source>
        <extracomment>service description</extracomment>
        <translation>Entrepôt de données provisionné (nœuds RA3 avec stockage managé).</translation>
    </message>
    <message>
        <source>Qatar</source>
        <extracomment>country</extracomment>
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Queries (first 1 billion)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Requêtes (premier milliard)</translation>
    </message>
    <message>
        <source>RBI payment data localisation</source>
        <extracomment>regulatory regime</extracomment>
        <translation>RBI – localisation des données de paiement</translation>
    </message>
    <message>
        <source>Read operations (Hot)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Opérations de lecture (Hot)</translation>
    </message>
    <message>
        <source>Redshift managed storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Stockage managé Redshift</translation>
    </message>
    <message>
        <source>Requests from clients (North America and Europe)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Requêtes des clients (Amérique du Nord et Europe)</translation>
    </message>
    <message>
        <source>Reserved 1 year</source>
        <extracomment>pricing model</extracomment>
        <translation>Réservé 1 an</translation>
    </message>
    <message>
        <source>Reserved 3 years</source>
        <extracomment>pricing model</extracomment>
        <translation>Réservé 3 ans</translation>
    </message>
    <message>
        <source>Romania</source>
        <extracomment>country</extracomment>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Russia</source>
        <extracomment>country</extracomment>
        <translation>Russie</translation>
    </message>
    <message>
        <source>Russia Federal Law 242-FZ</source>
        <extracomment>regulatory regime</extracomment>
        <translation>Russie, loi fédérale 242-FZ</translation>
    </message>
    <message>
        <source>S3-compatible object storage on owned storage nodes, erasure-coded.</source>
        <extracomment>service description</extracomment>
        <translation>Stockage objet compatible S3 sur des nœuds de stockage en propriété, avec codage à effacement.</translation>
    </message>
    <message>
        <source>SSD storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Stockage SSD</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <extracomment>country</extracomment>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <source>Savings plan for compute</source>
        <extracomment>pricing model</extracomment>
        <translation>Savings Plan pour le calcul</translation>
    </message>
    <message>
        <source>Secret and software-key operations</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Opérations sur les secrets et les clés logicielles</translation>
    </message>
    <message>
        <source>Secrets stored</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Secrets stockés</translation>
    </message>
    <message>
        <source>Self-managed Kubernetes (e.g. upstream, RKE2 or OpenShift) on owned servers.</source>
        <extracomment>service description</extracomment>
        <translation>Kubernetes autogéré (p. ex. upstream, RKE2 ou OpenShift) sur des serveurs en propriété.</translation>
    </message>
    <message>
        <source>Self-managed PostgreSQL (e.g. with Patroni streaming replication) on owned servers.</source>
        <extracomment>service description</extracomment>
        <translation>PostgreSQL autogéré (p. ex. avec réplication en continu Patroni) sur des serveurs en propriété.</translation>
    </message>
    <message>
        <source>Serverless SQL data processed</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Données traitées par SQL serverless</translation>
    </message>
    <message>
        <source>Serverless SQL pool over the data lake, billed per TB processed, plus lake storage.</source>
        <extracomment>service description</extracomment>
        <translation>Pool SQL serverless sur le lac de données, facturé au TB traité, plus le stockage du lac.</translation>
    </message>
    <message>
        <source>Serverless data warehouse, billed on demand per TiB scanned plus storage.</source>
        <extracomment>service description</extracomment>
        <translation>Entrepôt de données serverless, facturé à la demande au TiB analysé, plus le stockage.</translation>
    </message>
    <message>
        <source>Serverless functions (formerly Cloud Functions) for glue, pre- and post-processing.</source>
        <extracomment>service description</extracomment>
        <translation>Fonctions serverless (anciennement Cloud Functions) pour la logique d&apos;intégration, le prétraitement et le post-traitement.</translation>
    </message>
    <message>
        <source>Serverless functions for glue, pre- and post-processing.</source>
        <extracomment>service description</extracomment>
        <translation>Fonctions serverless pour la logique d&apos;intégration, le prétraitement et le post-traitement.</translation>
    </message>
    <message>
        <source>Several providers are used, but some services on secondary providers have no stated reason, or the decision framework does not justify multi-cloud: complexity and cost without a business driver.</source>
        <extracomment>anti-pattern explanation</extracomment>
        <translation>Plusieurs fournisseurs sont utilisés, mais certains services chez des fournisseurs secondaires n&apos;ont pas de justification déclarée, ou le cadre de décision ne justifie pas le multi-cloud&#xa0;: complexité et coûts sans motivation métier.</translation>
    </message>
    <message>
        <source>Sign a BAA with {provider} (organisation profile) or keep PHI off {provider}</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Signez un BAA avec {provider} (profil de l&apos;organisation) ou tenez les PHI à l&apos;écart de {provider}</translation>
    </message>
    <message>
        <source>Singapore</source>
        <extracomment>country</extracomment>
        <translation>Singapour</translation>
    </message>
    <message>
        <source>Single cloud</source>
        <extracomment>maturity level</extracomment>
        <translation>Cloud unique</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <extracomment>country</extracomment>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <extracomment>country</extracomment>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Some workloads run on Kubernetes or on portable compute</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Certaines charges de travail tournent sur Kubernetes ou sur du calcul portable</translation>
    </message>
    <message>
        <source>South Africa</source>
        <extracomment>country</extracomment>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <source>South Korea</source>
        <extracomment>country</extracomment>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <source>Spain</source>
        <extracomment>country</extracomment>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Spot</source>
        <extracomment>pricing model</extracomment>
        <translation>Spot</translation>
    </message>
    <message>
        <source>Spot (preemptible)</source>
        <extracomment>pricing model</extracomment>
        <translation>Spot (préemptible)</translation>
    </message>
    <message>
        <source>Spot, reserved, savings plans or schedules are in use</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Du spot, des réservations, des Savings Plans ou des plannings sont utilisés</translation>
    </message>
    <message>
        <source>Standard profile base fee</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Frais de base du profil Standard</translation>
    </message>
    <message>
        <source>Standard queries</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Requêtes standard</translation>
    </message>
    <message>
        <source>Standard registry (daily fee)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Registre Standard (frais journaliers)</translation>
    </message>
    <message>
        <source>Storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Storage (regional bucket)</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Stockage (bucket régional)</translation>
    </message>
    <message>
        <source>Storage beyond the included 100 GiB</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Stockage au-delà des 100 GiB inclus</translation>
    </message>
    <message>
        <source>Strategic multi-cloud</source>
        <extracomment>maturity level</extracomment>
        <translation>Multi-cloud stratégique</translation>
    </message>
    <message>
        <source>Sweden</source>
        <extracomment>country</extracomment>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <extracomment>country</extracomment>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>TB</source>
        <extracomment>unit</extracomment>
        <translation>TB</translation>
    </message>
    <message>
        <source>TPU v2 device, 8 cores (4 chips), 64 GiB HBM</source>
        <extracomment>instance type description</extracomment>
        <translation>Appareil TPU v2, 8 cœurs (4 puces), 64 GiB HBM</translation>
    </message>
    <message>
        <source>TPU v3 device, 8 cores (4 chips), 128 GiB HBM</source>
        <extracomment>instance type description</extracomment>
        <translation>Appareil TPU v3, 8 cœurs (4 puces), 128 GiB HBM</translation>
    </message>
    <message>
        <source>TPU v4 Pod slice of 128 chips (256 TensorCores)</source>
        <extracomment>instance type description</extracomment>
        <translation>Tranche de pod TPU v4 de 128 puces (256 TensorCores)</translation>
    </message>
    <message>
        <source>TPU v4 chip for custom training (a v4-8 slice is 4 chips)</source>
        <extracomment>instance type description</extracomment>
        <translation>Puce TPU v4 pour l&apos;entraînement personnalisé (une tranche v4-8 compte 4 puces)</translation>
    </message>
    <message>
        <source>TPU v4 chip, 32 GiB HBM; v4 slices are billed per chip (v4-8 = 4 chips = 12.88/h); us-central2-b only</source>
        <extracomment>instance type description</extracomment>
        <translation>Puce TPU v4, 32 GiB HBM&#xa0;; les tranches v4 sont facturées à la puce (v4-8 = 4 puces = 12.88/h)&#xa0;; us-central2-b uniquement</translation>
    </message>
    <message>
        <source>TPU v5e chip, 16 GB HBM; slices of 1 to 256 chips (v5litepod)</source>
        <extracomment>instance type description</extracomment>
        <translation>Puce TPU v5e, 16 GB HBM&#xa0;; tranches de 1 à 256 puces (v5litepod)</translation>
    </message>
    <message>
        <source>TPU v6e (Trillium) chip, 32 GB HBM</source>
        <extracomment>instance type description</extracomment>
        <translation>Puce TPU v6e (Trillium), 32 GB HBM</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <extracomment>country</extracomment>
        <translation>Taïwan</translation>
    </message>
    <message>
        <source>Turn on encryption at rest for {label}</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Activez le chiffrement au repos pour {label}</translation>
    </message>
    <message>
        <source>Turn on encryption in transit for {label}</source>
        <extracomment>compliance fix; keep the {placeholders}</extracomment>
        <translation>Activez le chiffrement en transit pour {label}</translation>
    </message>
    <message>
        <source>Two or more public clouds in use</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Deux clouds publics ou plus utilisés</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <extracomment>country</extracomment>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <extracomment>country</extracomment>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>United States</source>
        <extracomment>country</extracomment>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <extracomment>country</extracomment>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Virtual machines, including NC- and ND-series NVIDIA GPU sizes for training and inference.</source>
        <extracomment>service description</extracomment>
        <translation>Machines virtuelles, dont les tailles GPU NVIDIA des séries NC et ND pour l&apos;entraînement et l&apos;inférence.</translation>
    </message>
    <message>
        <source>Virtual machines, including NVIDIA GPU instances for training and inference.</source>
        <extracomment>service description</extracomment>
        <translation>Machines virtuelles, dont des instances GPU NVIDIA pour l&apos;entraînement et l&apos;inférence.</translation>
    </message>
    <message>
        <source>Virtual machines, including NVIDIA GPU machine types for training and inference.</source>
        <extracomment>service description</extracomment>
        <translation>Machines virtuelles, dont des types de machines GPU NVIDIA pour l&apos;entraînement et l&apos;inférence.</translation>
    </message>
    <message>
        <source>Workloads already run on 2+ providers, or every service is portable or managed-open</source>
        <extracomment>maturity criterion</extracomment>
        <translation>Les charges de travail tournent déjà chez 2 fournisseurs ou plus, ou chaque service est portable ou managé à interface ouverte</translation>
    </message>
    <message>
        <source>active-active with sync</source>
        <extracomment>DR target note</extracomment>
        <translation>actif-actif avec synchronisation</translation>
    </message>
    <message>
        <source>active-passive</source>
        <extracomment>DR target note</extracomment>
        <translation>actif-passif</translation>
    </message>
    <message>
        <source>chip-hour</source>
        <extracomment>unit</extracomment>
        <translation>heure de puce</translation>
    </message>
    <message>
        <source>circuit-hour</source>
        <extracomment>unit</extracomment>
        <translation>heure de circuit</translation>
    </message>
    <message>
        <source>cluster-hour</source>
        <extracomment>unit</extracomment>
        <translation>heure de cluster</translation>
    </message>
    <message>
        <source>device-hour</source>
        <extracomment>unit</extracomment>
        <translation>heure d&apos;appareil</translation>
    </message>
    <message>
        <source>endpoint-month</source>
        <extracomment>unit</extracomment>
        <translation>mois de point de terminaison</translation>
    </message>
    <message>
        <source>gp3 storage</source>
        <extracomment>price component (invoice line)</extracomment>
        <translation>Stockage gp3</translation>
    </message>
    <message>
        <source>immutable; multi-region replication</source>
        <extracomment>DR target note</extracomment>
        <translation>immuable&#xa0;; réplication multirégion</translation>
    </message>
    <message>
        <source>instance-hour</source>
        <extracomment>unit</extracomment>
        <translation>heure d&apos;instance</translation>
    </message>
    <message>
        <source>n1-standard-4 with 1x NVIDIA T4 16 GB</source>
        <extracomment>instance type description</extracomment>
        <translation>n1-standard-4 avec 1x NVIDIA T4 16 GB</translation>
    </message>
    <message>
        <source>n1-standard-4 with 1x NVIDIA T4 16 GB attached</source>
        <extracomment>instance type description</extracomment>
        <translation>n1-standard-4 avec 1x NVIDIA T4 16 GB attaché</translation>
    </message>
    <message>
        <source>node-month</source>
        <extracomment>unit</extracomment>
        <translation>mois de nœud</translation>
    </message>
    <message>
        <source>port-hour</source>
        <extracomment>unit</extracomment>
        <translation>heure de port</translation>
    </message>
    <message>
        <source>profile-month</source>
        <extracomment>unit</extracomment>
        <translation>mois de profil</translation>
    </message>
    <message>
        <source>registry-month</source>
        <extracomment>unit</extracomment>
        <translation>mois de registre</translation>
    </message>
    <message>
        <source>resume from checkpoint</source>
        <extracomment>DR target note</extracomment>
        <translation>reprise depuis un point de contrôle</translation>
    </message>
    <message>
        <source>rule-hour</source>
        <extracomment>unit</extracomment>
        <translation>heure de règle</translation>
    </message>
    <message>
        <source>secret-month</source>
        <extracomment>unit</extracomment>
        <translation>mois de secret</translation>
    </message>
    <message>
        <source>server-month</source>
        <extracomment>unit</extracomment>
        <translation>mois de serveur</translation>
    </message>
    <message>
        <source>slice-hour</source>
        <extracomment>unit</extracomment>
        <translation>heure de tranche</translation>
    </message>
    <message>
        <source>stateless</source>
        <extracomment>DR target note</extracomment>
        <translation>sans état</translation>
    </message>
    <message>
        <source>vCPU-hour</source>
        <extracomment>unit</extracomment>
        <translation>heure de vCPU</translation>
    </message>
    <message>
        <source>vCPU-month</source>
        <extracomment>unit</extracomment>
        <translation>mois de vCPU</translation>
    </message>
    <message>
        <source>version-month</source>
        <extracomment>unit</extracomment>
        <translation>mois de version</translation>
    </message>
    <message>
        <source>zone-month</source>
        <extracomment>unit</extracomment>
        <translation>mois de zone</translation>
    </message>
    <message>
        <source>{providers} clouds for {engineers} engineers: fewer than {engineers_per_provider} engineers per cloud.</source>
        <extracomment>anti-pattern explanation; keep the {placeholders}</extracomment>
        <translation>{providers} clouds pour {engineers} ingénieurs&#xa0;: moins de {engineers_per_provider} ingénieurs par cloud.</translation>
    </message>
    <message>
        <source>{service_name} is not offered in {region}</source>
        <extracomment>compliance finding; keep the {placeholders}</extracomment>
        <translation>{service_name} n&apos;est pas proposé dans {region}</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>On-demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Reserved, 1 year</source>
        <translation>Réservé, 1 an</translation>
    </message>
    <message>
        <source>Reserved, 3 years</source>
        <translation>Réservé, 3 ans</translation>
    </message>
    <message>
        <source>Spot / preemptible</source>
        <translation>Spot / préemptible</translation>
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
        <translation>Accès peu fréquent</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Personal data (PII)</source>
        <translation>Données personnelles (PII)</translation>
    </message>
    <message>
        <source>Health data (PHI)</source>
        <translation>Données de santé (PHI)</translation>
    </message>
    <message>
        <source>Card data (PCI)</source>
        <translation>Données de carte bancaire (PCI)</translation>
    </message>
    <message>
        <source>Request dependency</source>
        <translation>Dépendance de requête</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Réplication</translation>
    </message>
    <message>
        <source>Same network</source>
        <translation>Même réseau</translation>
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
        <translation>Interconnexion privée</translation>
    </message>
    <message>
        <source>Adequacy decision</source>
        <translation>Décision d&apos;adéquation</translation>
    </message>
    <message>
        <source>Standard contractual clauses</source>
        <translation>Clauses contractuelles types</translation>
    </message>
    <message>
        <source>Binding corporate rules</source>
        <translation>Règles d&apos;entreprise contraignantes</translation>
    </message>
    <message>
        <source>Single zone</source>
        <translation>Zone unique</translation>
    </message>
    <message>
        <source>Multi-zone</source>
        <translation>Multizone</translation>
    </message>
    <message>
        <source>Multi-region</source>
        <translation>Multirégion</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Real-time inference</source>
        <translation>Inférence en temps réel</translation>
    </message>
    <message>
        <source>Batch processing</source>
        <translation>Traitement par lots</translation>
    </message>
    <message>
        <source>Model training</source>
        <translation>Entraînement de modèles</translation>
    </message>
    <message>
        <source>Feature store</source>
        <translation>Feature store</translation>
    </message>
    <message>
        <source>Model registry</source>
        <translation>Registre de modèles</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Sauvegarde et restauration</translation>
    </message>
    <message>
        <source>Pilot light</source>
        <translation>Pilot light</translation>
    </message>
    <message>
        <source>Warm standby</source>
        <translation>Warm standby</translation>
    </message>
    <message>
        <source>Active-active</source>
        <translation>Actif-actif</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Managed, open interface</source>
        <translation>Managé, interface ouverte</translation>
    </message>
    <message>
        <source>Proprietary</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Stockage objet</translation>
    </message>
    <message>
        <source>Data warehouse</source>
        <translation>Entrepôt de données</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>GPU compute</source>
        <translation>Calcul GPU</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Accélérateurs</translation>
    </message>
    <message>
        <source>ML platform</source>
        <translation>Plateforme ML</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Traitement par lots</translation>
    </message>
    <message>
        <source>Container registry</source>
        <translation>Registre de conteneurs</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Generative AI</source>
        <translation>IA générative</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>Secrets and keys</source>
        <translation>Secrets et clés</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <translation>Équilibrage de charge</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>Interconnexion</translation>
    </message>
    <message>
        <source>Management plane</source>
        <translation>Plan de gestion</translation>
    </message>
    <message>
        <source>free (same region)</source>
        <translation>gratuit (même région)</translation>
    </message>
    <message>
        <source>cross-zone</source>
        <translation>inter-zones</translation>
    </message>
    <message>
        <source>inter-region</source>
        <translation>inter-régions</translation>
    </message>
    <message>
        <source>internet</source>
        <translation>internet</translation>
    </message>
    <message>
        <source>interconnect</source>
        <translation>interconnexion</translation>
    </message>
    <message>
        <source>None</source>
        <comment>transfer mechanism</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>None</source>
        <comment>DR strategy</comment>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>EnumKey</name>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>infrequent</source>
        <translation>accès peu fréquent</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <source>single_zone</source>
        <translation>zone unique</translation>
    </message>
    <message>
        <source>multi_zone</source>
        <translation>multizone</translation>
    </message>
    <message>
        <source>multi_region</source>
        <translation>multirégion</translation>
    </message>
    <message>
        <source>backup_restore</source>
        <translation>sauvegarde et restauration</translation>
    </message>
    <message>
        <source>pilot_light</source>
        <translation>pilot light</translation>
    </message>
    <message>
        <source>warm_standby</source>
        <translation>warm standby</translation>
    </message>
    <message>
        <source>active_active</source>
        <translation>actif-actif</translation>
    </message>
    <message>
        <source>active-active</source>
        <translation>actif-actif</translation>
    </message>
    <message>
        <source>active-passive</source>
        <translation>actif-passif</translation>
    </message>
    <message>
        <source>k-of-n</source>
        <translation>k-parmi-n</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>request</source>
        <translation>requête</translation>
    </message>
    <message>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <source>replication</source>
        <translation>réplication</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>from %1 per %2 (%3)</source>
        <translation>à partir de %1 par %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 per %3</source>
        <translation>%1&#xa0;: %2 par %3</translation>
    </message>
    <message>
        <source>Services and links</source>
        <translation>Services et liaisons</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Coût par mois</translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation>Coût par an</translation>
    </message>
    <message>
        <source>Egress per month</source>
        <translation>Sortie de données par mois</translation>
    </message>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1 (%2 GB)</translation>
    </message>
    <message>
        <source>Availability of %1</source>
        <translation>Disponibilité de %1</translation>
    </message>
    <message>
        <source>Compliance findings</source>
        <translation>Constats de conformité</translation>
    </message>
    <message>
        <source>Multi-cloud maturity</source>
        <translation>Maturité multi-cloud</translation>
    </message>
    <message>
        <source>level %1 of 4</source>
        <translation>niveau %1 sur 4</translation>
    </message>
    <message>
        <source>Lock-in</source>
        <translation>Dépendance fournisseur</translation>
    </message>
    <message>
        <source>%1 of the spend on proprietary services</source>
        <translation>%1 des dépenses en services propriétaires</translation>
    </message>
    <message>
        <source>Exit cost</source>
        <translation>Coût de réversibilité</translation>
    </message>
    <message>
        <source>%1 — Skyplan report</source>
        <translation>%1 — rapport Skyplan</translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation>Le générateur PDF n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Sortie de données</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>Il n&apos;y a rien à exporter.</translation>
    </message>
    <message>
        <source>An image of %1 × %2 pixels does not fit in memory.</source>
        <translation>Une image de %1 × %2 pixels ne tient pas en mémoire.</translation>
    </message>
    <message>
        <source>The PNG encoder refused the image.</source>
        <translation>L&apos;encodeur PNG a refusé l&apos;image.</translation>
    </message>
    <message>
        <source>Made with Skyplan</source>
        <translation>Réalisé avec Skyplan</translation>
    </message>
    <message>
        <source>The SVG writer could not start.</source>
        <translation>Le générateur SVG n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The image came out empty.</source>
        <translation>L&apos;image générée est vide.</translation>
    </message>
    <message>
        <source>%1
%2/%3 is not in the catalog: it is not priced. Choose another service or restore the catalog entry.</source>
        <translation>%1
%2/%3 n&apos;est pas dans le catalogue&#xa0;: il n&apos;a donc pas de prix. Choisissez un autre service ou rétablissez l&apos;entrée du catalogue.</translation>
    </message>
    <message>
        <source>⚠ not in the catalog: %1</source>
        <translation>⚠ absent du catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / mois</translation>
    </message>
    <message>
        <source>unknown region</source>
        <translation>région inconnue</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>/mo</source>
        <translation>/mois</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n liaison</numerusform>
            <numerusform>%n liaisons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — canvas</source>
        <translation>%1 — zone de dessin</translation>
    </message>
</context>
<context>
    <name>ServiceItem</name>
    <message>
        <source>%1
%2 in %3
%4</source>
        <translation>%1
%2 dans %3
%4</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <source>instance type</source>
        <translation>type d&apos;instance</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>instances</translation>
    </message>
    <message>
        <source>hours per day</source>
        <translation>heures par jour</translation>
    </message>
    <message>
        <source>days per week</source>
        <translation>jours par semaine</translation>
    </message>
    <message>
        <source>pricing model</source>
        <translation>modèle de tarification</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>stockage</translation>
    </message>
    <message>
        <source>storage tier</source>
        <translation>classe de stockage</translation>
    </message>
    <message>
        <source>TB scanned</source>
        <translation>TB analysés</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>requêtes</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>tokens</translation>
    </message>
    <message>
        <source>data classification</source>
        <translation>classification des données</translation>
    </message>
    <message>
        <source>data origin</source>
        <translation>origine des données</translation>
    </message>
    <message>
        <source>encryption at rest</source>
        <translation>chiffrement au repos</translation>
    </message>
    <message>
        <source>encryption in transit</source>
        <translation>chiffrement en transit</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>disponibilité</translation>
    </message>
    <message>
        <source>workload type</source>
        <translation>type de charge de travail</translation>
    </message>
    <message>
        <source>DR strategy</source>
        <translation>stratégie de reprise</translation>
    </message>
    <message>
        <source>link label</source>
        <translation>libellé de la liaison</translation>
    </message>
    <message>
        <source>link kind</source>
        <translation>type de liaison</translation>
    </message>
    <message>
        <source>GB per month</source>
        <translation>GB par mois</translation>
    </message>
    <message>
        <source>network path</source>
        <translation>chemin réseau</translation>
    </message>
    <message>
        <source>cross-zone</source>
        <translation>transfert inter-zones</translation>
    </message>
    <message>
        <source>anonymisation</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <source>transfer mechanism</source>
        <translation>mécanisme de transfert</translation>
    </message>
    <message>
        <source>design name</source>
        <translation>nom de l&apos;architecture</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>organisation profile</source>
        <translation>profil de l&apos;organisation</translation>
    </message>
    <message>
        <source>entry points</source>
        <translation>points d&apos;entrée</translation>
    </message>
    <message>
        <source>redundancy groups</source>
        <translation>groupes de redondance</translation>
    </message>
    <message>
        <source>on-prem sites</source>
        <translation>sites on-premises</translation>
    </message>
    <message>
        <source>saved views</source>
        <translation>vues enregistrées</translation>
    </message>
    <message>
        <source>Align %1 services</source>
        <translation>Aligner %1 services</translation>
    </message>
    <message>
        <source>Distribute %1 services</source>
        <translation>Répartir %1 services</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message>
        <source>Move frame %1</source>
        <translation>Déplacer le cadre %1</translation>
    </message>
    <message>
        <source>Move %1 services to %2</source>
        <translation>Déplacer %1 services vers %2</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>Relier %1 à %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete %1 items</source>
        <translation>Supprimer %1 éléments</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Move %1 services</source>
        <translation>Déplacer %1 services</translation>
    </message>
    <message>
        <source>Change %1 of %2 items</source>
        <translation>Modifier&#xa0;: %1 (%2 éléments)</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n service(s)</source>
        <translation>
            <numerusform>Couper %n service</numerusform>
            <numerusform>Couper %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n service(s)</source>
        <translation>
            <numerusform>Coller %n service</numerusform>
            <numerusform>Coller %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n service(s)</source>
        <translation>
            <numerusform>Dupliquer %n service</numerusform>
            <numerusform>Dupliquer %n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The catalog has errors:

%1</source>
        <translation>Le catalogue contient des erreurs&#xa0;:

%1</translation>
    </message>
</context>
<context>
    <name>skyplan::Autosaver</name>
    <message>
        <source>Autosave failed: cannot create %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: impossible de créer %1</translation>
    </message>
    <message>
        <source>Autosave of %1 failed: %2</source>
        <translation>Échec de l&apos;enregistrement automatique de %1&#xa0;: %2</translation>
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
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>no recovery</source>
        <translation>aucune reprise</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Take a provider or one region down: the canvas dims what fails and the table shows what each entry point keeps</source>
        <translation>Mettre un fournisseur ou une région hors service&#xa0;: la zone de dessin estompe ce qui tombe en panne et le tableau montre ce que conserve chaque point d&apos;entrée</translation>
    </message>
    <message>
        <source>Outline single points of failure</source>
        <translation>Entourer les points de défaillance uniques</translation>
    </message>
    <message>
        <source>Simulate outage:</source>
        <translation>Simuler une panne&#xa0;:</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Point d&apos;entrée</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Nines</source>
        <translation>Nombre de 9</translation>
    </message>
    <message>
        <source>Downtime / year</source>
        <translation>Indisponibilité / an</translation>
    </message>
    <message>
        <source>During outage</source>
        <translation>Pendant la panne</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Points de défaillance uniques</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Target RTO</source>
        <translation>RTO cible</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Target RPO</source>
        <translation>RPO cible</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Disaster recovery (Lecture 01&apos;s RTO/RPO targets)</source>
        <translation>Reprise après sinistre (objectifs RTO/RPO du cours 01)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1: every region down</source>
        <translation>%1&#xa0;: toutes les régions en panne</translation>
    </message>
    <message>
        <source>%1 %2 down</source>
        <translation>%1 %2 en panne</translation>
    </message>
    <message>
        <source>No design open</source>
        <translation>Aucune architecture ouverte</translation>
    </message>
    <message>
        <source>series-parallel (exact)</source>
        <translation>série-parallèle (exact)</translation>
    </message>
    <message>
        <source>factoring (exact)</source>
        <translation>factorisation (exact)</translation>
    </message>
    <message>
        <source>Monte Carlo, %1 trials, 95% in [%2, %3]</source>
        <translation>Monte-Carlo, %1 tirages, 95&#xa0;% dans [%2, %3]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The chance that %1 and every service it needs (%2) are up, from each service&apos;s SLA and its redundancy; a year has 365 days.</source>
        <translation>La probabilité que %1 et tous les services dont il a besoin (%2) soient disponibles, d&apos;après le SLA et la redondance de chaque service&#xa0;; une année compte 365 jours.</translation>
    </message>
    <message>
        <source>No entry points: mark the user-facing services as entry points in the property editor.</source>
        <translation>Aucun point d&apos;entrée&#xa0;: marquez les services exposés aux utilisateurs comme points d&apos;entrée dans l&apos;éditeur de propriétés.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry point(s)</source>
        <translation>
            <numerusform>%n point d&apos;entrée</numerusform>
            <numerusform>%n points d&apos;entrée</numerusform>
        </translation>
    </message>
    <message>
        <source> (inferred from the request graph)</source>
        <translation> (déduction à partir du graphe des requêtes)</translation>
    </message>
    <message>
        <source> · target %1: %2 below it</source>
        <translation> · cible %1&#xa0;: %2 en dessous</translation>
    </message>
    <message>
        <source> · simulating: %1</source>
        <translation> · simulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>respecté</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>non respecté</translation>
    </message>
</context>
<context>
    <name>skyplan::CatalogPalette</name>
    <message>
        <source>Search services (e.g. gpu, s3, kubernetes)</source>
        <translation>Rechercher des services (p. ex. gpu, s3, kubernetes)</translation>
    </message>
    <message>
        <source>no published SLA</source>
        <translation>aucun SLA publié</translation>
    </message>
    <message>
        <source>SLA %1% (multi-zone)</source>
        <translation>SLA %1&#xa0;% (multizone)</translation>
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
Faites-le glisser sur une région %7 de la zone de dessin.</translation>
    </message>
</context>
<context>
    <name>skyplan::CompareWindow</name>
    <message>
        <source>Compare Designs</source>
        <translation>Comparer des architectures</translation>
    </message>
    <message>
        <source>The open designs and the files added; uncheck one to leave it out.</source>
        <translation>Les architectures ouvertes et les fichiers ajoutés&#xa0;; décochez-en un pour l&apos;exclure.</translation>
    </message>
    <message>
        <source>Add &amp;File...</source>
        <translation>Ajouter un &amp;fichier...</translation>
    </message>
    <message>
        <source>Compare a design file without opening it for editing.</source>
        <translation>Comparer un fichier d&apos;architecture sans l&apos;ouvrir pour le modifier.</translation>
    </message>
    <message>
        <source>Export &amp;Markdown...</source>
        <translation>Exporter en &amp;Markdown...</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Exporter en &amp;CSV...</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Coût par mois</translation>
    </message>
    <message>
        <source>★ marks the best value of a row: the lowest cost, egress, findings, lock-in and exit cost; the highest availability and maturity. &quot;-&quot;: the design has no such entry point.</source>
        <translation>★ signale la meilleure valeur d&apos;une ligne&#xa0;: le coût, la sortie de données, les constats, la dépendance fournisseur et le coût de réversibilité les plus bas&#xa0;; la disponibilité et la maturité les plus élevées. «&#xa0;-&#xa0;»&#xa0;: l&apos;architecture n&apos;a pas ce point d&apos;entrée.</translation>
    </message>
    <message>
        <source>open, not saved</source>
        <translation>ouverte, non enregistrée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liaisons</translation>
    </message>
    <message>
        <source>Egress per month</source>
        <translation>Sortie de données par mois</translation>
    </message>
    <message>
        <source>Egress volume per month</source>
        <translation>Volume de sortie de données par mois</translation>
    </message>
    <message>
        <source>Compliance errors</source>
        <translation>Erreurs de conformité</translation>
    </message>
    <message>
        <source>Compliance warnings</source>
        <translation>Avertissements de conformité</translation>
    </message>
    <message>
        <source>Maturity level (0-4)</source>
        <translation>Niveau de maturité (0-4)</translation>
    </message>
    <message>
        <source>Lock-in (proprietary share)</source>
        <translation>Dépendance fournisseur (part propriétaire)</translation>
    </message>
    <message>
        <source>Exit cost (one-off)</source>
        <translation>Coût de réversibilité (ponctuel)</translation>
    </message>
    <message>
        <source>Availability of %1</source>
        <translation>Disponibilité de %1</translation>
    </message>
    <message>
        <source>The best value of this row</source>
        <translation>La meilleure valeur de cette ligne</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD par mois</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Sortie de données</translation>
    </message>
    <message>
        <source>Add designs to compare</source>
        <translation>Ajouter des architectures à comparer</translation>
    </message>
    <message>
        <source>Skyplan designs, YAML specs and draw.io diagrams (*.skyplan *.yaml *.yml *.drawio *.xml);;All files (*)</source>
        <translation>Architectures Skyplan, spécifications YAML et diagrammes draw.io (*.skyplan *.yaml *.yml *.drawio *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Impossible de comparer</translation>
    </message>
    <message>
        <source>%1 cannot be read:

%2</source>
        <translation>Impossible de lire %1&#xa0;:

%2</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exporter la comparaison</translation>
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
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>skyplan::CompliancePanel</name>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Service or link</source>
        <translation>Service ou liaison</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Correction suggérée</translation>
    </message>
    <message>
        <source>Apply Suggested Fix</source>
        <translation>Appliquer la correction suggérée</translation>
    </message>
    <message>
        <source>No design open</source>
        <translation>Aucune architecture ouverte</translation>
    </message>
    <message>
        <source>none (set them in the organisation profile)</source>
        <translation>aucune (à définir dans le profil de l&apos;organisation)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>No findings: the design meets every rule in scope.</source>
        <translation>Aucun constat&#xa0;: l&apos;architecture respecte toutes les règles applicables.</translation>
    </message>
    <message>
        <source>%1 (not something one click can do)</source>
        <translation>%1 (impossible en un clic)</translation>
    </message>
    <message>
        <source>This fix needs a decision a click cannot make: %1</source>
        <translation>Cette correction exige une décision qu&apos;un clic ne peut pas prendre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3. Regimes in scope: %4</source>
        <translation>%1 · %2 · %3. Réglementations applicables&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::CostPanel</name>
    <message>
        <source>Monthly budget:</source>
        <translation>Budget mensuel&#xa0;:</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>vs. as designed</source>
        <translation>écart / architecture actuelle</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 mois</translation>
    </message>
    <message>
        <source>36 months</source>
        <translation>36 mois</translation>
    </message>
    <message>
        <source>Suggested (Lecture 05)</source>
        <translation>Suggestions (cours 05)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>What-if and TCO</source>
        <translation>Scénarios et TCO</translation>
    </message>
    <message>
        <source>Break the monthly cost down by tag:</source>
        <translation>Ventiler le coût mensuel par tag&#xa0;:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Par tag</translation>
    </message>
    <message>
        <source>no design</source>
        <translation>aucune architecture</translation>
    </message>
    <message>
        <source>no budget set (Design &gt; Organisation Profile)</source>
        <translation>aucun budget défini (Architecture &gt; Profil de l&apos;organisation)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Over budget by %1 a month</source>
        <translation>Budget dépassé de %1 par mois</translation>
    </message>
    <message>
        <source>Warning: %1% of the budget; %2 left</source>
        <translation>Attention&#xa0;: %1&#xa0;% du budget&#xa0;; reste %2</translation>
    </message>
    <message>
        <source>Within budget: %1 left</source>
        <translation>Dans le budget&#xa0;: reste %1</translation>
    </message>
    <message>
        <source>All on-demand</source>
        <translation>Tout à la demande</translation>
    </message>
    <message>
        <source>As designed</source>
        <translation>Architecture actuelle</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Services priced this way plus %1 of egress a month; commitments are paid monthly, so the TCO grows in a straight line.</source>
        <translation>Services tarifés de cette façon, plus %1 de sortie de données par mois&#xa0;; les engagements sont payés mensuellement, le TCO croît donc de façon linéaire.</translation>
    </message>
    <message>
        <source>Nothing to suggest: training is on spot, steady inference is committed, dev/test is scheduled</source>
        <translation>Rien à suggérer&#xa0;: l&apos;entraînement tourne en spot, l&apos;inférence régulière est couverte par un engagement, le dev/test est planifié</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Total cost of ownership (USD)</source>
        <translation>Coût total de possession (USD)</translation>
    </message>
    <message>
        <source>(not tagged)</source>
        <translation>(sans tag)</translation>
    </message>
</context>
<context>
    <name>skyplan::DesignEditor</name>
    <message>
        <source>Untitled design</source>
        <translation>Architecture sans titre</translation>
    </message>
    <message>
        <source>Select services to copy (a link is copied with both of its ends)</source>
        <translation>Sélectionnez les services à copier (une liaison est copiée avec ses deux extrémités)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n service(s)</source>
        <translation>
            <numerusform>%n service copié</numerusform>
            <numerusform>%n services copiés</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no Skyplan services</source>
        <translation>Le presse-papiers ne contient aucun service Skyplan</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Impossible de coller&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot duplicate: %1</source>
        <translation>Impossible de dupliquer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select two or more services that are not already aligned</source>
        <translation>Sélectionnez au moins deux services qui ne sont pas déjà alignés</translation>
    </message>
    <message>
        <source>Select three or more services to distribute</source>
        <translation>Sélectionnez au moins trois services à répartir</translation>
    </message>
</context>
<context>
    <name>skyplan::DesignOverview</name>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Managed services</source>
        <translation>Services managés</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Sortie de données</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Coût mensuel</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Coût annuel</translation>
    </message>
    <message>
        <source>Egress per month</source>
        <translation>Sortie de données par mois</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Filter services (label, id, provider, region)</source>
        <translation>Filtrer les services (libellé, ID, fournisseur, région)</translation>
    </message>
    <message>
        <source>Monthly cost by provider and category</source>
        <translation>Coût mensuel par fournisseur et catégorie</translation>
    </message>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1 (%2 GB)</translation>
    </message>
    <message>
        <source>USD per month</source>
        <translation>USD par mois</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) on %1</source>
        <translation>
            <numerusform>%n service chez %1</numerusform>
            <numerusform>%n services chez %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::DesignScene</name>
    <message>
        <source>%1 is a %2 service; it cannot go into %3</source>
        <translation>%1 est un service %2&#xa0;; il ne peut pas être placé dans %3</translation>
    </message>
    <message>
        <source>Moved to %1 (%2)</source>
        <translation>Déplacé vers %1 (%2)</translation>
    </message>
    <message>
        <source>A link needs two different services</source>
        <translation>Une liaison nécessite deux services différents</translation>
    </message>
    <message>
        <source>%1 is not offered in %2; the compliance check will say so</source>
        <translation>%1 n&apos;est pas proposé dans %2&#xa0;; la vérification de conformité le signalera</translation>
    </message>
</context>
<context>
    <name>skyplan::EgressPanel</name>
    <message>
        <source>cheapest paid link</source>
        <translation>liaison payante la moins chère</translation>
    </message>
    <message>
        <source>%1 / month</source>
        <translation>%1 / mois</translation>
    </message>
    <message>
        <source>Colour links on the canvas by egress cost</source>
        <translation>Colorer les liaisons de la zone de dessin selon le coût de sortie de données</translation>
    </message>
    <message>
        <source>Rows send, columns receive; the sender pays. Each cell: GB per month and what they cost.</source>
        <translation>Les lignes envoient, les colonnes reçoivent&#xa0;; l&apos;expéditeur paie. Chaque cellule&#xa0;: GB par mois et leur coût.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → vers</translation>
    </message>
    <message>
        <source>GB / month</source>
        <translation>GB / mois</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Type de facturation</translation>
    </message>
    <message>
        <source>$ / GB</source>
        <translation>$ / GB</translation>
    </message>
    <message>
        <source>$ / month</source>
        <translation>$ / mois</translation>
    </message>
    <message>
        <source>Data gravity: move</source>
        <translation>Gravité des données&#xa0;: déplacer</translation>
    </message>
    <message>
        <source>to</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>saves / month</source>
        <translation>économie / mois</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>No design open</source>
        <translation>Aucune architecture ouverte</translation>
    </message>
    <message>
        <source>Egress %1 per month (%2 a year) for %3 that leave a zone, region or cloud</source>
        <translation>Sortie de données&#xa0;: %1 par mois (%2 par an) pour %3 qui quittent une zone, une région ou un cloud</translation>
    </message>
    <message>
        <source>exchanges %1 a month with %2: avoids %3, adds about %4 on its links with %5</source>
        <translation>échange %1 par mois avec %2&#xa0;: évite %3, ajoute environ %4 sur ses liaisons avec %5</translation>
    </message>
    <message>
        <source>No service would save by moving next to its data</source>
        <translation>Aucun service ne ferait d&apos;économie en se rapprochant de ses données</translation>
    </message>
</context>
<context>
    <name>skyplan::ExportImageDialog</name>
    <message>
        <source>Export Image</source>
        <translation>Exporter une image</translation>
    </message>
    <message>
        <source>PNG image (for slides and chats)</source>
        <translation>Image PNG (pour diapositives et messageries)</translation>
    </message>
    <message>
        <source>SVG drawing (scales without blur, editable)</source>
        <translation>Dessin SVG (redimensionnable sans flou, modifiable)</translation>
    </message>
    <message>
        <source>PDF document (vector, one page)</source>
        <translation>Document PDF (vectoriel, une page)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source> × canvas size</source>
        <translation> × taille de la zone de dessin</translation>
    </message>
    <message>
        <source>Pixels per canvas unit: 1 is the size at 100% zoom, 2 is sharp on high-density screens and projectors.</source>
        <translation>Pixels par unité de la zone de dessin&#xa0;: 1 correspond à la taille à 100&#xa0;% de zoom, 2 est net sur les écrans haute densité et les projecteurs.</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>Only the &amp;selected services and links</source>
        <translation>Uniquement les &amp;services et liaisons sélectionnés</translation>
    </message>
    <message>
        <source>The links between selected services come too.</source>
        <translation>Les liaisons entre les services sélectionnés sont incluses.</translation>
    </message>
    <message>
        <source>Nothing is selected: the whole design is drawn.</source>
        <translation>Rien n&apos;est sélectionné&#xa0;: toute l&apos;architecture est dessinée.</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 × %2 canvas units, vector</source>
        <translation>%1 × %2 unités de la zone de dessin, vectoriel</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>skyplan::InvoiceModel</name>
    <message>
        <source>Service / invoice line</source>
        <translation>Service / ligne de facture</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Rate (USD)</source>
        <translation>Tarif (USD)</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
</context>
<context>
    <name>skyplan::MainWindow</name>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;à l&apos;ouverture&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Overview map</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Sortie de données</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New from &amp;Template...</source>
        <translation>Nouveau à partir d&apos;un modè&amp;le...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir &amp;un fichier récent</translation>
    </message>
    <message>
        <source>&amp;Import YAML Spec...</source>
        <translation>&amp;Importer une spécification YAML...</translation>
    </message>
    <message>
        <source>Import &amp;draw.io Diagram...</source>
        <translation>Importer un &amp;diagramme draw.io...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <source>&amp;Export YAML Spec...</source>
        <translation>E&amp;xporter une spécification YAML...</translation>
    </message>
    <message>
        <source>Export draw.io Dia&amp;gram...</source>
        <translation>Exporter un dia&amp;gramme draw.io...</translation>
    </message>
    <message>
        <source>Export &amp;Image...</source>
        <translation>Exporter une i&amp;mage...</translation>
    </message>
    <message>
        <source>Export PDF &amp;Report...</source>
        <translation>Exporter un &amp;rapport PDF...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>Pré&amp;férences...</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>A&amp;rchitecture</translation>
    </message>
    <message>
        <source>&amp;Organisation Profile...</source>
        <translation>Profil de l&apos;&amp;organisation...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>A&amp;juster à la vue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Skyplan</source>
        <translation>À &amp;propos de Skyplan</translation>
    </message>
    <message>
        <source>About Skyplan</source>
        <translation>À propos de Skyplan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Skyplan %1&lt;/h3&gt;&lt;p&gt;Design multi-cloud AI/ML infrastructure and see, as you edit, what it costs, how available it is, which rules it breaks and how mature it is.&lt;/p&gt;&lt;p&gt;Prices and SLAs come from the catalogs in the application (each with its source and date); Skyplan never goes online.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Skyplan %1&lt;/h3&gt;&lt;p&gt;Concevez une infrastructure IA/ML multi-cloud et voyez, au fil de vos modifications, ce qu&apos;elle coûte, quelle est sa disponibilité, quelles règles elle enfreint et quel est son niveau de maturité.&lt;/p&gt;&lt;p&gt;Les prix et les SLA proviennent des catalogues fournis avec l&apos;application (chacun avec sa source et sa date)&#xa0;; Skyplan ne se connecte jamais à Internet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A&amp;rrange</source>
        <translation>Dis&amp;position</translation>
    </message>
    <message>
        <source>Align &amp;Left Edges</source>
        <translation>&amp;Aligner à gauche</translation>
    </message>
    <message>
        <source>Align &amp;Horizontal Centres</source>
        <translation>Centrer &amp;horizontalement</translation>
    </message>
    <message>
        <source>Align &amp;Right Edges</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>Align &amp;Top Edges</source>
        <translation>Aligner en hau&amp;t</translation>
    </message>
    <message>
        <source>Align &amp;Vertical Centres</source>
        <translation>Centrer &amp;verticalement</translation>
    </message>
    <message>
        <source>Align &amp;Bottom Edges</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <source>Distribute Hori&amp;zontally</source>
        <translation>Répartir hori&amp;zontalement</translation>
    </message>
    <message>
        <source>Distribute V&amp;ertically</source>
        <translation>Répartir v&amp;erticalement</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Architecture sans titre</translation>
    </message>
    <message>
        <source>New design from the template &quot;%1&quot;</source>
        <translation>Nouvelle architecture à partir du modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No design open</source>
        <translation>Aucune architecture ouverte</translation>
    </message>
    <message>
        <source>no entry points</source>
        <translation>aucun point d&apos;entrée</translation>
    </message>
    <message>
        <source>availability %1%</source>
        <translation>disponibilité %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1[*] — Skyplan</source>
        <translation>%1[*] — Skyplan</translation>
    </message>
    <message>
        <source>Cannot open design</source>
        <translation>Impossible d&apos;ouvrir l&apos;architecture</translation>
    </message>
    <message>
        <source>%1 was not opened; the open designs are unchanged.

%2</source>
        <translation>%1 n&apos;a pas été ouvert&#xa0;; les architectures déjà ouvertes sont inchangées.

%2</translation>
    </message>
    <message>
        <source>(and %1 more)</source>
        <translation>(et %1 de plus)</translation>
    </message>
    <message>
        <source>Opened with problems</source>
        <translation>Ouvert avec des problèmes</translation>
    </message>
    <message>
        <source>%1 refers to things the catalog does not know. The services are kept and marked on the canvas; fix them in the property editor.

%2</source>
        <translation>%1 fait référence à des éléments que le catalogue ne connaît pas. Les services sont conservés et signalés sur la zone de dessin&#xa0;; corrigez-les dans l&apos;éditeur de propriétés.

%2</translation>
    </message>
    <message>
        <source>Imported with notes</source>
        <translation>Importé avec des remarques</translation>
    </message>
    <message>
        <source>Open design</source>
        <translation>Ouvrir une architecture</translation>
    </message>
    <message>
        <source>Skyplan designs, YAML specs and draw.io diagrams (*.skyplan *.yaml *.yml *.drawio *.xml);;All files (*)</source>
        <translation>Architectures Skyplan, spécifications YAML et diagrammes draw.io (*.skyplan *.yaml *.yml *.drawio *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import YAML allocation spec</source>
        <translation>Importer une spécification d&apos;allocation YAML</translation>
    </message>
    <message>
        <source>YAML allocation specs (*.yaml *.yml);;All files (*)</source>
        <translation>Spécifications d&apos;allocation YAML (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export YAML allocation spec</source>
        <translation>Exporter une spécification d&apos;allocation YAML</translation>
    </message>
    <message>
        <source>YAML allocation specs (*.yaml *.yml)</source>
        <translation>Spécifications d&apos;allocation YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Exported the YAML spec to %1</source>
        <translation>Spécification YAML exportée vers %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import draw.io diagram</source>
        <translation>Importer un diagramme draw.io</translation>
    </message>
    <message>
        <source>draw.io diagrams (*.drawio *.xml);;All files (*)</source>
        <translation>Diagrammes draw.io (*.drawio *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export draw.io diagram</source>
        <translation>Exporter un diagramme draw.io</translation>
    </message>
    <message>
        <source>draw.io diagrams (*.drawio)</source>
        <translation>Diagrammes draw.io (*.drawio)</translation>
    </message>
    <message>
        <source>Exported a draw.io diagram to %1</source>
        <translation>Diagramme draw.io exporté vers %1</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Exporter une image</translation>
    </message>
    <message>
        <source>Exported the canvas to %1</source>
        <translation>Zone de dessin exportée vers %1</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exporter un rapport PDF</translation>
    </message>
    <message>
        <source>Wrote the report to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>%1 could not be written: %2
The previous file is unchanged.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2
Le fichier précédent est inchangé.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>Enregistrer l&apos;architecture</translation>
    </message>
    <message>
        <source>Skyplan designs (*.skyplan)</source>
        <translation>Architectures Skyplan (*.skyplan)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <source>The autosaved copy of %1 could not be read; it stays in %2.

%3</source>
        <translation>La copie enregistrée automatiquement de %1 n&apos;a pas pu être lue&#xa0;; elle reste dans %2.

%3</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;Compare Designs...</source>
        <translation>&amp;Comparer des architectures...</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Pré&amp;senter</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>&amp;Vues enregistrées</translation>
    </message>
    <message>
        <source>Save view &quot;%1&quot;</source>
        <translation>Enregistrer la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete view &quot;%1&quot;</source>
        <translation>Supprimer la vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Save Current View...</source>
        <translation>&amp;Enregistrer la vue actuelle...</translation>
    </message>
    <message>
        <source>(no saved views: zoom to a part of the design and save it)</source>
        <translation>(aucune vue enregistrée&#xa0;: zoomez sur une partie de l&apos;architecture et enregistrez la vue)</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>&amp;Supprimer une vue</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Vue %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>The visible part of the canvas is saved. While presenting (F5), this view hides:</source>
        <translation>La partie visible de la zone de dessin est enregistrée. Pendant la présentation (F5), cette vue masque&#xa0;:</translation>
    </message>
    <message>
        <source>Region frames</source>
        <translation>Cadres de région</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Flux de données</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Replication links</source>
        <translation>Liaisons de réplication</translation>
    </message>
    <message>
        <source>Link labels</source>
        <translation>Libellés des liaisons</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;; F5 presents it</source>
        <translation>Vue «&#xa0;%1&#xa0;» enregistrée&#xa0;; F5 la présente</translation>
    </message>
    <message>
        <source>Monthly %1 · egress %2 · %3 · %4, %5 · maturity level %6 · %7</source>
        <translation>Mensuel %1 · sortie de données %2 · %3 · %4, %5 · niveau de maturité %6 · %7</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was imported: %2, %3. Not everything in the diagram is a catalog service or a data flow between two:

%4</source>
        <translation>%1 a été importé&#xa0;: %2, %3. Certains éléments du diagramme ne sont ni des services du catalogue, ni des flux de données entre deux services&#xa0;:

%4</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n liaison</numerusform>
            <numerusform>%n liaisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n autosaved design(s)</source>
        <translation>
            <numerusform>%n architecture enregistrée automatiquement a été restaurée</numerusform>
            <numerusform>%n architectures enregistrées automatiquement ont été restaurées</numerusform>
        </translation>
    </message>
    <message>
        <source>The new language shows the next time Skyplan starts.</source>
        <translation>La nouvelle langue s&apos;affichera au prochain démarrage de Skyplan.</translation>
    </message>
</context>
<context>
    <name>skyplan::MaturityPanel</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Anti-pattern</source>
        <translation>Anti-pattern</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>No design open</source>
        <translation>Aucune architecture ouverte</translation>
    </message>
    <message>
        <source>Level %1 of 4: %2</source>
        <translation>Niveau %1 sur 4&#xa0;: %2</translation>
    </message>
    <message>
        <source>Lock-in: %1% of monthly service spend (%2) is on proprietary services. Exit cost: %3 one-off egress to move every provider&apos;s stored data out. Cross-cloud egress is %4% of the bill.%5</source>
        <translation>Dépendance fournisseur&#xa0;: %1&#xa0;% des dépenses mensuelles en services (%2) portent sur des services propriétaires. Coût de réversibilité&#xa0;: %3 de sortie de données ponctuelle pour rapatrier les données stockées chez chaque fournisseur. La sortie de données entre clouds représente %4&#xa0;% de la facture.%5</translation>
    </message>
    <message>
        <source>
For the next level: %1.</source>
        <translation>
Pour le niveau suivant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Is multi-cloud justified for this organisation?&lt;/b&gt; &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;b&gt;Le multi-cloud est-il justifié pour cette organisation&#xa0;?&lt;/b&gt; &lt;span style=&apos;color:%1&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;For: %1</source>
        <translation>&lt;br&gt;Pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Against: %1</source>
        <translation>&lt;br&gt;Contre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>None of Lecture 01&apos;s anti-patterns found</source>
        <translation>Aucun des anti-patterns du cours 01 détecté</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>borderline</source>
        <translation>cas limite</translation>
    </message>
</context>
<context>
    <name>skyplan::MiniMapView</name>
    <message>
        <source>Click or drag to move the canvas view</source>
        <translation>Cliquez ou faites glisser pour déplacer la vue de la zone de dessin</translation>
    </message>
</context>
<context>
    <name>skyplan::OrganizationDialog</name>
    <message>
        <source>Organisation Profile</source>
        <translation>Profil de l&apos;organisation</translation>
    </message>
    <message>
        <source>What the analyses weigh the design against: the budget gauge, the availability target, the regimes in scope, and whether multi-cloud is justified for an organisation of this size.</source>
        <translation>Ce à quoi les analyses confrontent l&apos;architecture&#xa0;: la jauge de budget, l&apos;objectif de disponibilité, les réglementations applicables, et la question de savoir si le multi-cloud est justifié pour une organisation de cette taille.</translation>
    </message>
    <message>
        <source> engineers</source>
        <translation> ingénieurs</translation>
    </message>
    <message>
        <source> / year</source>
        <translation> / an</translation>
    </message>
    <message>
        <source> / month</source>
        <translation> / mois</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>aucun budget</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>aucun objectif</translation>
    </message>
    <message>
        <source>Platform team</source>
        <translation>Équipe plateforme</translation>
    </message>
    <message>
        <source>Cloud spend</source>
        <translation>Dépenses cloud</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Availability target</source>
        <translation>Objectif de disponibilité</translation>
    </message>
    <message>
        <source>Regulatory regimes that apply</source>
        <translation>Réglementations applicables</translation>
    </message>
    <message>
        <source>Also comes into scope by itself when the design holds the data it protects.</source>
        <translation>S&apos;applique aussi d&apos;office dès que l&apos;architecture contient les données que cette réglementation protège.</translation>
    </message>
    <message>
        <source>Agreements per provider</source>
        <translation>Accords par fournisseur</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>HIPAA BAA signed</source>
        <translation>BAA HIPAA signé</translation>
    </message>
    <message>
        <source>Negotiated discount</source>
        <translation>Remise négociée</translation>
    </message>
    <message>
        <source>% off every charge</source>
        <translation>&#xa0;% de remise sur tous les frais</translation>
    </message>
</context>
<context>
    <name>skyplan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Unsaved designs are written to the autosave folder a few seconds after the last edit, and at the latest this often while you keep editing. After a crash, the next start offers to restore them. 0 turns autosave off.</source>
        <translation>Les architectures non enregistrées sont écrites dans le dossier d&apos;enregistrement automatique quelques secondes après la dernière modification et, tant que vous continuez à modifier, au moins à cet intervalle. Après un plantage, le démarrage suivant propose de les restaurer. 0 désactive l&apos;enregistrement automatique.</translation>
    </message>
    <message>
        <source>&amp;Autosave unsaved designs at least every</source>
        <translation>Enregistrer &amp;automatiquement les architectures non enregistrées au moins toutes les</translation>
    </message>
    <message>
        <source>Also a few seconds after the last edit. After a crash, the next start offers the autosaved designs. 0 turns autosave off.</source>
        <translation>Également quelques secondes après la dernière modification. Après un plantage, le démarrage suivant propose les architectures enregistrées automatiquement. 0 désactive l&apos;enregistrement automatique.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Takes effect the next time Skyplan starts.</source>
        <translation>Prend effet au prochain démarrage de Skyplan.</translation>
    </message>
    <message>
        <source>&amp;Language (at the next start)</source>
        <translation>&amp;Langue (au prochain démarrage)</translation>
    </message>
</context>
<context>
    <name>skyplan::PresentationWindow</name>
    <message>
        <source>Presenting %1</source>
        <translation>Présentation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The whole design</source>
        <translation>L&apos;architecture complète</translation>
    </message>
    <message>
        <source>← → step through the views · Esc returns to the editor</source>
        <translation>← → pour parcourir les vues · Échap pour revenir à l&apos;éditeur</translation>
    </message>
    <message>
        <source>%1 — %2  (%3 of %4)</source>
        <translation>%1 — %2  (%3 sur %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; per month</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; par mois</translation>
    </message>
    <message>
        <source>egress &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>sortie de données &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2%&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&#xa0;%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>maturity &lt;b&gt;%1&lt;/b&gt; of 4</source>
        <translation>maturité &lt;b&gt;%1&lt;/b&gt; sur 4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; error(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; erreur</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; warning(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; avertissement</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::PropertyEditor</name>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (valeurs différentes)</translation>
    </message>
    <message>
        <source>Open a design to edit its properties.</source>
        <translation>Ouvrez une architecture pour modifier ses propriétés.</translation>
    </message>
    <message numerus="yes">
        <source>%n links selected. Select one link to edit it.</source>
        <translation>
            <numerusform>%n liaison sélectionnée. Sélectionnez une seule liaison pour la modifier.</numerusform>
            <numerusform>%n liaisons sélectionnées. Sélectionnez une seule liaison pour la modifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>FinOps tags (project, environment, team, cost-centre, owner): the cost panel breaks costs down by them</source>
        <translation>Tags FinOps (project, environment, team, cost-centre, owner)&#xa0;: le panneau Coût ventile les coûts selon ces tags</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter un tag</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Supprimer le tag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Replaces the differing tags with one new tag</source>
        <translation>Remplace les tags différents par un seul nouveau tag</translation>
    </message>
    <message>
        <source>Entry point (users reach the design here)</source>
        <translation>Point d&apos;entrée (les utilisateurs accèdent à l&apos;architecture ici)</translation>
    </message>
    <message>
        <source>The availability analysis computes, for each entry point, the chance that it and everything it depends on are up.</source>
        <translation>L&apos;analyse de disponibilité calcule, pour chaque point d&apos;entrée, la probabilité que ce point et tout ce dont il dépend soient disponibles.</translation>
    </message>
    <message>
        <source>%1 · %2 %3 (%4)</source>
        <translation>%1 · %2 %3 (%4)</translation>
    </message>
    <message>
        <source>unknown region</source>
        <translation>région inconnue</translation>
    </message>
    <message>
        <source>%1 · %2 · SLA %3</source>
        <translation>%1 · %2 · SLA %3</translation>
    </message>
    <message>
        <source>none published</source>
        <translation>aucun publié</translation>
    </message>
    <message>
        <source>Id %1 · %2 per month</source>
        <translation>ID %1 · %2 par mois</translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 per month together. Changes apply to all of them.</source>
        <translation>%1 par mois au total. Les modifications s&apos;appliquent à tous.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>ml_platform.training.large_models</source>
        <translation>ml_platform.training.large_models</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>Pourquoi ici</translation>
    </message>
    <message>
        <source>why this provider for this role</source>
        <translation>pourquoi ce fournisseur pour ce rôle</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>The region can be changed for services of one provider at a time.</source>
        <translation>La région ne peut être modifiée que pour les services d&apos;un seul fournisseur à la fois.</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Sizing and pricing</source>
        <translation>Dimensionnement et tarification</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 per %4)</source>
        <translation>%1 — %2 (%3 par %4)</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>Type d&apos;instance</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Heures par jour</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Jours par semaine</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Pricing model</source>
        <translation>Modèle de tarification</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Storage tier</source>
        <translation>Classe de stockage</translation>
    </message>
    <message>
        <source>Scanned per month</source>
        <translation>Volume analysé par mois</translation>
    </message>
    <message>
        <source> TB</source>
        <translation> TB</translation>
    </message>
    <message>
        <source>Requests per month</source>
        <translation>Requêtes par mois</translation>
    </message>
    <message>
        <source> million</source>
        <translation> M</translation>
    </message>
    <message>
        <source>Tokens per month</source>
        <translation>Tokens par mois</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Data subjects in</source>
        <translation>Localisation des personnes concernées</translation>
    </message>
    <message>
        <source>country code or EU; empty: none</source>
        <translation>code pays ou EU&#xa0;; vide&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Encrypted at rest</source>
        <translation>Chiffré au repos</translation>
    </message>
    <message>
        <source>Encrypted in transit</source>
        <translation>Chiffré en transit</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Résilience</translation>
    </message>
    <message>
        <source>Availability override</source>
        <translation>Disponibilité imposée</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>DR strategy</source>
        <translation>Stratégie de reprise</translation>
    </message>
    <message>
        <source>Availability override: 0 uses the catalog SLA for the deployment.</source>
        <translation>Disponibilité imposée&#xa0;: 0 utilise le SLA du catalogue pour le déploiement.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no egress charge</source>
        <translation>aucuns frais de sortie de données</translation>
    </message>
    <message>
        <source>egress %1 per month (%2, paid by %3)</source>
        <translation>sortie de données %1 par mois (%2, payée par %3)</translation>
    </message>
    <message>
        <source>Id %1 · %2</source>
        <translation>ID %1 · %2</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Volume per month</source>
        <translation>Volume par mois</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Crosses availability zones (same region)</source>
        <translation>Traverse des zones de disponibilité (même région)</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>Personal data anonymised before sending</source>
        <translation>Données personnelles anonymisées avant l&apos;envoi</translation>
    </message>
    <message>
        <source>Transfer mechanism</source>
        <translation>Mécanisme de transfert</translation>
    </message>
    <message>
        <source>A request link is a dependency: its caller needs the callee to be up. Data and replication links carry the volume the egress estimate charges.</source>
        <translation>Une liaison de requête est une dépendance&#xa0;: l&apos;appelant a besoin que l&apos;appelé soit disponible. Les liaisons de flux de données et de réplication transportent le volume que l&apos;estimation de la sortie de données facture.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n liaison</numerusform>
            <numerusform>%n liaisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry point(s)</source>
        <translation>
            <numerusform>%n point d&apos;entrée</numerusform>
            <numerusform>%n points d&apos;entrée</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a service or a link to edit it. Drag services from the catalog onto the canvas; drag from a service&apos;s round handle to another service to link them.</source>
        <translation>Sélectionnez un service ou une liaison pour en modifier les propriétés. Faites glisser des services du catalogue vers la zone de dessin&#xa0;; faites glisser depuis la poignée ronde d&apos;un service vers un autre service pour les relier.</translation>
    </message>
</context>
<context>
    <name>skyplan::RecoveryDialog</name>
    <message>
        <source>Restore unsaved designs</source>
        <translation>Restaurer les architectures non enregistrées</translation>
    </message>
    <message>
        <source>Skyplan did not close normally last time. These designs had changes that were not saved; Skyplan autosaved them. Restore the checked ones? They open as unsaved changes, so you decide where to save them.</source>
        <translation>Skyplan ne s&apos;est pas fermé normalement la dernière fois. Ces architectures comportaient des modifications non enregistrées&#xa0;; Skyplan les a enregistrées automatiquement. Restaurer celles qui sont cochées&#xa0;? Elles s&apos;ouvrent avec des modifications non enregistrées&#xa0;: c&apos;est vous qui décidez où les enregistrer.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Fichier enregistré</translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>Untitled design</source>
        <translation>Architecture sans titre</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>jamais enregistrée</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>Tout &amp;supprimer</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>il y a une minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>il y a %1 minutes</translation>
    </message>
</context>
<context>
    <name>skyplan::TemplateDialog</name>
    <message>
        <source>New from Template</source>
        <translation>Nouveau à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Start from a reference architecture of the lectures. The new design is untitled: saving asks where.</source>
        <translation>Partez d&apos;une architecture de référence des cours. La nouvelle architecture est sans titre&#xa0;: à l&apos;enregistrement, Skyplan vous demandera où la placer.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>%1 — %2, %3 per month</source>
        <translation>%1 — %2, %3 par mois</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
</TS>
