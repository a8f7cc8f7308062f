<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Analysis</name>
    <message numerus="yes">
        <source>%n regulatory regimes in scope</source>
        <translation>
            <numerusform>%n regulatory regime in scope</numerusform>
            <numerusform>%n regulatory regimes in scope</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>regions on %n continents (global users)</source>
        <translation>
            <numerusform>regions on %n continent (global users)</numerusform>
            <numerusform>regions on %n continents (global users)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a team of %n engineers is small for several clouds</source>
        <translation>
            <numerusform>a team of %n engineer is small for several clouds</numerusform>
            <numerusform>a team of %n engineers is small for several clouds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>a list cut short</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
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
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
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
    <name>Undo</name>
    <message numerus="yes">
        <source>Cut %n service(s)</source>
        <translation>
            <numerusform>Cut %n service</numerusform>
            <numerusform>Cut %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n service(s)</source>
        <translation>
            <numerusform>Paste %n service</numerusform>
            <numerusform>Paste %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n service(s)</source>
        <translation>
            <numerusform>Duplicate %n service</numerusform>
            <numerusform>Duplicate %n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::AvailabilityPanel</name>
    <message numerus="yes">
        <source>%n entry point(s)</source>
        <translation>
            <numerusform>%n entry point</numerusform>
            <numerusform>%n entry points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::CompliancePanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
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
    <name>skyplan::DesignEditor</name>
    <message numerus="yes">
        <source>Copied %n service(s)</source>
        <translation>
            <numerusform>Copied %n service</numerusform>
            <numerusform>Copied %n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::DesignOverview</name>
    <message numerus="yes">
        <source>%n service(s) on %1</source>
        <translation>
            <numerusform>%n service on %1</numerusform>
            <numerusform>%n services on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::MainWindow</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
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
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n autosaved design(s)</source>
        <translation>
            <numerusform>Restored %n autosaved design</numerusform>
            <numerusform>Restored %n autosaved designs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::PresentationWindow</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; error(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; error</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; warning(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; warning</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::PropertyEditor</name>
    <message numerus="yes">
        <source>%n links selected. Select one link to edit it.</source>
        <translation>
            <numerusform>%n link selected.</numerusform>
            <numerusform>%n links selected. Select one link to edit it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
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
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry point(s)</source>
        <translation>
            <numerusform>%n entry point</numerusform>
            <numerusform>%n entry points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>skyplan::TemplateDialog</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
</TS>
