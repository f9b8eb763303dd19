// Generated from the OpenAPI document by `npm run api:types` (openapi-typescript). Do not edit by hand.
export interface paths {
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, newest first */
    get: operations['listAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in: sets the session cookie, returns the CSRF token */
    post: operations['signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the session */
    post: operations['signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who am I, what may I do, where */
    get: operations['getCurrentUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My API tokens that are not revoked: expiry and last use */
    get: operations['listApiTokens'];
    put?: never;
    /** Create an API token for scripts (shown once) */
    post: operations['createApiToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke one of my API tokens */
    delete: operations['revokeApiToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cases confirmed in a period (Viet Nam days) or active at an instant, in your wards */
    get: operations['listCases'];
    put?: never;
    /** Confirm a person as a case (F0) */
    post: operations['createCase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Rule out a case (with a reason, audited) */
    delete: operations['deleteCase'];
    options?: never;
    head?: never;
    /** Change a case (severity changes are kept as history) */
    patch: operations['updateCase'];
    trace?: never;
  };
  '/cases/{ref}/outcomes/{outcome}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record an outcome: discharged, died, transferred_out */
    put: operations['putCaseOutcome'];
    post?: never;
    /** Withdraw an outcome recorded by mistake */
    delete: operations['deleteCaseOutcome'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cases/confirm-from-samples': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm as cases the persons with a positive PCR sample (those given, or all), as the rule set says */
    post: operations['confirmCasesFromSamples'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Clusters (linked by exposures, and declared) on a day, with size, first/last case and status */
    get: operations['listClusters'];
    put?: never;
    /** Declare a cluster by place and time, with its cases */
    post: operations['createDeclaredCluster'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{id}/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach cases to a declared cluster */
    post: operations['addClusterCases'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{id}/cases/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Detach a case from a declared cluster */
    delete: operations['deleteClusterCase'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{kind}/{id}/graph': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Transmission graph of a cluster: linked (named by any member ref) or declared (by id) */
    get: operations['getClusterGraph'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/directives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Directives, newest first; q: words of the number, subject or issuer, with or without diacritics */
    get: operations['listDirectives'];
    put?: never;
    /** Register a directive */
    post: operations['createDirective'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/directives.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The directives list as XLSX */
    get: operations['downloadDirectivesXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/directives/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One directive */
    get: operations['getDirective'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/directives/{number}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the directive’s file */
    get: operations['downloadDirectiveFile'];
    /** Attach the directive’s file (PDF or DOCX as the body; ?name= the file name) */
    put: operations['attachDirectiveFile'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/funds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Allocations, donations and spending, newest first */
    get: operations['listFunds'];
    put?: never;
    /** Record an allocation, a cash donation or a spending */
    post: operations['addFund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/funds.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Funds as XLSX */
    get: operations['downloadFundsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/funds/donors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Donors of cash with their totals, largest first */
    get: operations['listDonors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tasks, supplies, funds and social support as of T; received/issued in A < t ≤ T (contracts/command.md) */
    get: operations['getCommandSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/supplies/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The item catalogue */
    get: operations['listSupplyItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/supplies/items/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Add or change a catalogue item */
    put: operations['putSupplyItem'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/supplies/movements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Movements, newest first */
    get: operations['listSupplyMovements'];
    put?: never;
    /** Record a receipt, issue, transfer (two movements) or stock count adjustment; below zero is refused */
    post: operations['addSupplyMovement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/supplies/movements.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Movements as XLSX */
    get: operations['downloadSupplyMovementsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/supplies/stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each store’s stock of each item at an instant (default now) */
    get: operations['getSupplyStock'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/supplies/stock.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The stock as XLSX */
    get: operations['downloadSupplyStockXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/supplies/stores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stores: the province’s, each district’s, each facility’s */
    get: operations['listSupplyStores'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/support/beneficiaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Beneficiaries approved, with amount and payment; filters: programme, district, unpaid */
    get: operations['listBeneficiaries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/support/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Beneficiaries approved and paid per programme and district at an instant (default now) */
    get: operations['getSupportProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/support/progress.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Support progress as XLSX */
    get: operations['downloadSupportProgressXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tasks in your jurisdiction, by assignee then deadline; filters: assignee, status, overdue, directive */
    get: operations['listTasks'];
    put?: never;
    /** Give a task (from a directive or not); task_ref generated when not given */
    post: operations['createTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/tasks.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tasks list as XLSX (same filters) */
    get: operations['downloadTasksXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/tasks/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One task with its status history (who, when) */
    get: operations['getTask'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a task’s status (done: done_on, default today), deadline or assignee; recorded with who/when */
    patch: operations['updateTask'];
    trace?: never;
  };
  '/command/tasks/conclusions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A meeting’s conclusions: one task per line, each with its assignee (all or none) */
    post: operations['createTasksFromConclusions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/command/tasks/weekly': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Weekly progress per assignee: assigned, done, open at the week’s end (weeks ending with date’s) */
    get: operations['getWeeklyProgress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/accommodations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List accommodations in your jurisdiction */
    get: operations['listAccommodations'];
    put?: never;
    /** Register a accommodation */
    post: operations['createAccommodation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/accommodations/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a accommodation; rotate_token issues a new form link */
    patch: operations['updateAccommodation'];
    trace?: never;
  };
  '/entry/accommodations/{code}/link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The host's reporting link (secret: whoever holds it can report guests) */
    get: operations['getAccommodationLink'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List checkpoints in your jurisdiction */
    get: operations['listCheckpoints'];
    put?: never;
    /** Register a checkpoint */
    post: operations['createCheckpoint'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/checkpoints/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a checkpoint; rotate_token issues a new form link */
    patch: operations['updateCheckpoint'];
    trace?: never;
  };
  '/entry/checkpoints/{code}/qr.{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** QR code of the checkpoint's public declaration form (svg or png), to print */
    get: operations['downloadCheckpointQrCode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/checkpoints/{code}/shifts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff shifts of a checkpoint */
    get: operations['listCheckpointShifts'];
    put?: never;
    /** Record a staff shift (one force) */
    post: operations['createCheckpointShift'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/checkpoints/daily': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Counts per checkpoint per day (Viet Nam days, inclusive) */
    get: operations['listCheckpointDailyCounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/cohorts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Arrivals from an origin (a province code, or abroad) since a day, and at T their quarantine and tests */
    get: operations['getArrivalCohort'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Entry figures as of an instant (records ≤ at; since = only the period since → at) */
    get: operations['getEntryCounts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/crossings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Crossings, newest first */
    get: operations['listCrossings'];
    put?: never;
    /** Record a crossing: person_ref, declaration_ref (receipt) or the traveller typed in, and the decision */
    post: operations['createCrossing'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Declarations; q = receipt code, phone, ID number or plate */
    get: operations['listDeclarations'];
    put?: never;
    /** Enter a declaration (paper form, a guest reported by a host …) */
    post: operations['createDeclaration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/declarations/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One declaration */
    get: operations['getDeclaration'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/declarations/match': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link declarations to persons registered since (by ID, then phone + name + birth year) */
    post: operations['matchDeclarations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/followups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Due list of follow-ups (test, quarantine assignment) for arrivals from outbreak areas */
    get: operations['listFollowups'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/followups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Mark a follow-up done or cancelled (or reopen it) */
    patch: operations['updateFollowup'];
    trace?: never;
  };
  '/entry/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Incidents, newest first */
    get: operations['listIncidents'];
    put?: never;
    /** Record an illegal entry or a hand-over at the border */
    post: operations['createIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/outbreak-areas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Outbreak areas (dated); on = only those in force that day */
    get: operations['listOutbreakAreas'];
    put?: never;
    /** Add an outbreak area; records of its dates get their follow-ups */
    post: operations['createOutbreakArea'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/outbreak-areas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change or end (effective_to) an outbreak area */
    patch: operations['updateOutbreakArea'];
    trace?: never;
  };
  '/entry/outbreak-areas/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Does an origin count as an outbreak area on a day? */
    get: operations['checkOutbreakOrigin'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/entry/violations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Violations, newest first */
    get: operations['listViolations'];
    put?: never;
    /** Record a violation and its fine */
    post: operations['createViolation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/geo/districts.geojson': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** District boundaries of the province (shipped GeoJSON) */
    get: operations['downloadDistrictBoundaries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/geo/hamlets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hamlets kept by the province */
    get: operations['listHamlets'];
    put?: never;
    /** Add a hamlet to a ward */
    post: operations['createHamlet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/geo/mapping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 2024 → 2025 ward mapping */
    get: operations['listWardMappings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/geo/population': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Population per ward */
    get: operations['listWardPopulation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/geo/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Admin units of the province (both geographies) */
    get: operations['listAdminUnits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/geo/wards.geojson': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ward boundaries of the province (as imported), each with its code, name and district */
    get: operations['downloadWardBoundaries'];
    /** Import ward boundaries (Content-Type application/geo+json or application/json): a FeatureCollection, one Polygon or MultiPolygon per ward with properties.ward_code; replaces those wards' shapes. All or nothing: an unknown code or an invalid geometry refuses the file, the error naming the feature (features[i]) and code */
    put: operations['putWardBoundaries'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The server is up; which database engine it runs on */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a CSV (Content-Type: text/csv) or an Excel workbook (Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet); all or nothing unless partial=true. With Accept: application/x-ndjson the answer streams progress lines {"progress":{…}} while the file is read, checked and written, then one line {"result":{…}} (or {"error":…}) */
    post: operations['importFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{kind}/template.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Empty CSV with the columns of a kind */
    get: operations['downloadImportTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/kinds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Import kinds and their columns */
    get: operations['listImportKinds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/khai-bao/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A checkpoint's declaration form (the QR code's target) */
    get: operations['getDeclarationPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/luu-tru/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A host's guest report form (its link) */
    get: operations['getGuestReportPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search by name (diacritics optional), phone or ID number, within your jurisdiction */
    get: operations['searchPersons'];
    put?: never;
    /** Register a person */
    post: operations['createPerson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One person */
    get: operations['getPerson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change some fields of a person */
    patch: operations['updatePerson'];
    trace?: never;
  };
  '/persons/{ref}/exposures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a contact of this person on a day */
    post: operations['createExposure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/{ref}/exposures/{contact_ref}/{exposed_on}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an exposure recorded by mistake */
    delete: operations['deleteExposure'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/{ref}/graph': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Exposures around a person (nodes/edges), depth 1–3; with ?at= only the contact window then */
    get: operations['getPersonGraph'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/{ref}/merges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Records merged into this person */
    get: operations['listPersonMerges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/{ref}/tracing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** F-level now or at ?at=, with the path to the nearest F0; case, outcomes, exposures */
    get: operations['getPersonTracing'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Possible duplicates to review */
    get: operations['listDuplicatePersons'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same search as CSV */
    get: operations['downloadPersons'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge a duplicate into the kept record */
    post: operations['mergePersons'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/persons/not-duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare two proposed duplicates different people */
    post: operations['markNotDuplicates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/portal/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the public portal shows besides the figures: the hotlines */
    get: operations['getPortalSettings'];
    /** Replace the portal’s hotlines (a province-wide user only) */
    put: operations['putPortalSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/entry/accommodations/{code}/guests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A host reports one guest through its link */
    post: operations['reportGuest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/entry/accommodations/{code}/guests.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A host uploads its guest list (CSV, the declarations format without site columns) */
    post: operations['importGuests'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/entry/declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Submit a health declaration from a checkpoint's QR form; returns the receipt code */
    post: operations['submitDeclaration'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/entry/forms/{kind}/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the public form of a site shows (404 for a wrong code or token) */
    get: operations['getPublicForm'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/entry/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Provinces, or the units under one (national list), for the origin pickers */
    get: operations['listOriginUnits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/portal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The province's public page: latest issued figures, risk levels, measures, declaration forms, hotlines */
    get: operations['getPortal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/public/portal/wards.geojson': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ward boundaries of the province for the portal’s map (the same as /geo/wards.geojson) */
    get: operations['getPortalWardBoundaries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quarantine/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Due lists for a day: tests due, ending, overdue, F1 without an episode */
    get: operations['getQuarantineDueLists'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quarantine/due.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The due lists as a workbook, one sheet per list */
    get: operations['downloadQuarantineDueLists'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quarantine/episodes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Episodes with their plans, newest first */
    get: operations['listQuarantineEpisodes'];
    put?: never;
    /** Open an episode (a full or inactive facility needs override_reason) */
    post: operations['createQuarantineEpisode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quarantine/episodes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One episode: rule set applied, planned end, test dates */
    get: operations['getQuarantineEpisode'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quarantine/episodes/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End an episode; follow_on opens the rule's follow-on episode */
    post: operations['closeQuarantineEpisode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quarantine/episodes/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a person: end the episode as transferred and open the next (same course) */
    post: operations['moveQuarantineEpisode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quarantine/facilities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Facilities with state, persons present and free beds at an instant (default now) */
    get: operations['listFacilities'];
    put?: never;
    /** Register a facility */
    post: operations['createFacility'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quarantine/facilities/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One facility with its occupancy at an instant */
    get: operations['getFacility'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a facility (beds, status, active period …) */
    patch: operations['updateFacility'];
    trace?: never;
  };
  '/quarantine/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Subject group × handling for a period (review-conference table) */
    get: operations['getQuarantineReview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quarantine/review.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The review table as a workbook */
    get: operations['downloadQuarantineReview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/quarantine/splits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Persons in quarantine at an instant (default now): centralized by site type, home by workplace */
    get: operations['getQuarantineSplits'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Drafts to review and issued reports of your jurisdiction */
    get: operations['listReports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/areas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The daily report's area figures per ward at a cut-off (for the map), over your jurisdiction */
    get: operations['getAreaFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/daily': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Daily synthesis report at a cut-off (docs/contracts/daily-report.md), over your jurisdiction */
    get: operations['getDailyReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/data-until': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The province's latest record (case, quarantine, sample): the default cut-off when data ends in the past */
    get: operations['getDataUntil'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Draft a report at a cut-off, in the daily layout or a seed template compared with an earlier instant */
    post: operations['createReportDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/drafts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A draft with its figures (or as a file to review) */
    get: operations['getReportDraft'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit the narrative of a draft */
    patch: operations['updateReportDraft'];
    trace?: never;
  };
  '/reports/drafts/{id}/issue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a draft: number it and store the JSON and files, never to change */
    post: operations['issueReportDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/issued/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An issued report: the snapshot, or its files exactly as issued */
    get: operations['getIssuedReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/period': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Period report: against an earlier instant (to, compare[, from]), or a week/month with daily series
     * @description With `compare` (or a `to` that is an instant): the report of docs/contracts/period-report.md, the figures at `to` with their change against `compare` and the new cases in from < t ≤ to (PeriodComparison). Otherwise the week or month containing `date` (default today), or the days `from`..`to`, with daily series (PeriodReport). Over your jurisdiction.
     */
    get: operations['getPeriodReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/residents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Residents abroad (total, returned, expected by country) and residents held in other provinces at T */
    get: operations['getResidentsReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Review-conference report (seed 003, plan 67/KH-BCĐ): its outline filled from records for from..to
     * @description The outline's items with the period's figures (the period report from 00:00 of `from` to 24:00 of `to`, entry control, tasks, supplies and funds) and the table quarantine subject group × handling; items without records say so, the assessment and proposals are headings for the officer. Over your jurisdiction.
     */
    get: operations['getReviewReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The report template of your jurisdiction (the default until one is saved) */
    get: operations['getReportTemplate'];
    /** Save the report template (header, recipients, signer, narrative headings, schedule) */
    put: operations['putReportTemplate'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Roles and their permissions */
    get: operations['listRoles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dated rule sets of the province */
    get: operations['listRuleSets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rules/{effective_from}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or replace the rule set starting on a date */
    put: operations['putRuleSet'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rules/on/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The rule set in force on a date */
    get: operations['getRuleSetInForce'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/testing/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Samples taken, by result, by method, pooled, PCR capacity as of an instant (daily-report meaning) */
    get: operations['getTestingFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/testing/labs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Labs: capacity, results in the last 24 h, backlog by age */
    get: operations['listLabs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/testing/labs/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Register or change a lab (province-wide users) */
    put: operations['putLab'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/testing/pools/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A pool: result, size limit, members and their re-samples */
    get: operations['getPool'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/testing/pools/{ref}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a pool's result (negative: members negative; positive: members to re-sample) */
    post: operations['recordPoolResult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/testing/resample': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members of positive/invalid pools awaiting their individual re-sample, in your wards */
    get: operations['listResamples'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/testing/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Screening rounds with sampled, positive, positivity */
    get: operations['listScreeningRounds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/testing/rounds/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A screening round, in all and per ward */
    get: operations['getScreeningRound'];
    /** Create or change a screening round over wards/hamlets */
    put: operations['putScreeningRound'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/testing/samples': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Samples (newest first) with their result now, in your wards */
    get: operations['listSamples'];
    put?: never;
    /** Register a sample (and its result if known) */
    post: operations['createSample'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/testing/samples/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A sample, its result now and every earlier version */
    get: operations['getSample'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/testing/samples/{ref}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a result; replacing a given result is a correction (reason required, earlier version kept) */
    post: operations['recordSampleResult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tracing/lists/{list}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Work lists: F1s without quarantine, F1s without a sample in ?days, new cases without traced contacts in ?days */
    get: operations['listTracingWork'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/treatment/board': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Beds, ICU beds and ventilators in use per facility and tier at an instant (default now) */
    get: operations['getTreatmentBoard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/treatment/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Capacity scenario: beds needed per tier for N simultaneous cases against the beds of T */
    get: operations['getCapacityScenario'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/treatment/care/{id}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End an episode; recovered or died proposes the case's outcome when it has none */
    post: operations['endCare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/treatment/care/{id}/transfer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Transfer: the open episode ends transferred at `at` and the next one starts then */
    post: operations['transferCare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/treatment/home-followup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** F0 at home due a check today, and those moderate or worse to be moved to a facility */
    get: operations['getHomeFollowup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/treatment/persons/{ref}/care': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case's care episodes, newest first */
    get: operations['listCareEpisodes'];
    put?: never;
    /** Admit a case to a facility or to home treatment (a full or inactive facility needs override_reason) */
    post: operations['admitCare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/treatment/persons/{ref}/severity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case's severity observations, newest first */
    get: operations['listSeverityObservations'];
    put?: never;
    /** Record (or correct, at the same instant) a severity observation with its oxygen support */
    post: operations['addSeverityObservation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/treatment/severity-series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Active cases by severity at the end of each day (at most 92 days) */
    get: operations['getSeveritySeries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Users of the province */
    get: operations['listUsers'];
    put?: never;
    /** Create a user with a role and a jurisdiction */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{username}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change role, jurisdiction, password or disable a user */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/vaccination/allocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Allocation decisions */
    get: operations['listVaccineAllocations'];
    put?: never;
    /** Record an allocation decision (to the province, a district or a site) */
    post: operations['createVaccineAllocation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/certificates/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify a scanned certificate payload (public); tampered or foreign payloads are refused */
    post: operations['verifyVaccinationCertificate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Persons with dose 1/2/3 over population and over population 18+, by ward, district or province */
    get: operations['listVaccinationCoverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/doses/flagged': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Doses given too early, with a mix not allowed, from an expired lot, or after a missing dose */
    get: operations['listFlaggedDoses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Persons whose next dose is due or overdue, by ward */
    get: operations['listDueDoses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/due.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The due list as XLSX, one sheet per ward */
    get: operations['downloadDueDoses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The daily-report vaccination figures at an instant, optionally for one round or product */
    get: operations['getVaccinationFigures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/persons/{ref}/certificate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Signed certificate data, its QR payload and the QR code (SVG) */
    get: operations['getVaccinationCertificate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/persons/{ref}/certificate.html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The certificate as a printable page */
    get: operations['downloadVaccinationCertificate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/persons/{ref}/doses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's doses with interval/mix/expiry checks, and the next dose */
    get: operations['getPersonDoses'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/persons/{ref}/doses/{dose_number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record (or correct) a dose; early or mixed doses are recorded with flags */
    put: operations['putDose'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Product schedules: every dated row, or with ?on= the row of each product in force that day */
    get: operations['listVaccineSchedules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/products/{product}/{effective_from}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or replace the schedule of a product from a date on */
    put: operations['putVaccineSchedule'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vaccination rounds (đợt) */
    get: operations['listVaccinationRounds'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/rounds/{round_code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or replace a round with its target groups and sites */
    put: operations['putVaccinationRound'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/sites': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vaccination sites and stores in your jurisdiction */
    get: operations['listVaccinationSites'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/sites/{site_code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Create or change a site or store */
    put: operations['putVaccinationSite'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stock by site, lot and expiry at the end of a day */
    get: operations['listVaccineStock'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/stock/moves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A receipt, transfer, wastage or correction of stock; refused if any stock would go negative */
    post: operations['createStockMove'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/vaccination/supply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Allocated, received, administered (% of received), wasted: total, by product, by round × product */
    get: operations['getVaccineSupply'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/zoning': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Levels of every ward, district and the province on a day, with the changes since another day */
    get: operations['getZoning'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/zoning/days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Levels of every ward and district for each day of a range (at most 92 days), with counts */
    get: operations['listZoningDays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/zoning/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Level decisions (of a unit, or in force on a day) */
    get: operations['listZoningDecisions'];
    put?: never;
    /** Declare a level for a unit by a numbered decision (overrides the computed level) */
    post: operations['createZoningDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/zoning/decisions/{unit_code}/{from_date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw a level decision */
    delete: operations['deleteZoningDecision'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/zoning/measures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Measures (Chỉ thị 15/16/19, lockdown …) of a unit, or in force on a day */
    get: operations['listZoningMeasures'];
    put?: never;
    /** Put a measure in force on a unit (inherited by the units under it) */
    post: operations['createZoningMeasure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/zoning/measures/{unit_code}/{measure}/{from_date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw a measure */
    delete: operations['deleteZoningMeasure'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Accommodation: {
      accommodation_code: string;
      address: string | null;
      /** @enum {string} */
      kind: 'hotel' | 'guest_house' | 'homestay' | 'other';
      name: string;
      phone: string | null;
      rooms: number | null;
      /** Format: date-time */
      updated_at: string;
      ward_code: string;
    };
    AccommodationRecord: {
      accommodation_code: string;
      address: string | null;
      /** Format: date-time */
      created_at: string;
      /** @description The form token of the site's public link (rotate_token issues a new one) */
      form_token: string;
      /** @enum {string} */
      kind: 'hotel' | 'guest_house' | 'homestay' | 'other';
      name: string;
      phone: string | null;
      province_code: string;
      rooms: number | null;
      /** Format: date-time */
      updated_at: string;
      ward_code: string;
    };
    AdminUnit: {
      /** @description Official unit code */
      code: string;
      /** @description With its kind, e.g. "Phường III" */
      full_name: string;
      /** @enum {string} */
      geography: '2024' | '2025';
      /** @enum {string} */
      level: 'province' | 'district' | 'ward';
      name: string;
      /** @description The unit above (district or province); null for the province */
      parent_code: string | null;
    };
    ApiToken: {
      /** Format: date-time */
      created_at: string;
      /**
       * Format: date-time
       * @description Chosen at creation; after it the token is refused with 401 token_expired
       */
      expires_at: string;
      name: string;
      /** @description Send as `Authorization: Bearer pd_…`; only its hash is stored */
      token: string;
      token_id: number;
    };
    ApiTokenInfo: {
      /** Format: date-time */
      created_at: string;
      /**
       * Format: date-time
       * @description Chosen at creation; after it the token is refused with 401 token_expired
       */
      expires_at: string;
      /**
       * Format: date-time
       * @description Last request made with it, to the minute; null if never used
       */
      last_used_at: string | null;
      name: string;
      token_id: number;
    };
    AreaFigures: {
      /**
       * Format: date-time
       * @description The cut-off T
       */
      as_of: string;
      /**
       * Format: date-time
       * @description P = T − 24h: the period is P < t ≤ T
       */
      previous_as_of: string;
      province_code: string;
      /** @description Every ward in your jurisdiction, by code */
      wards: components['schemas']['WardFigures'][];
    };
    AuditEntry: {
      /** @description insert, update, merge, revoke, login_failed … */
      action: string;
      /** @description User name, or 'cli' / 'system' */
      actor: string;
      /** @description The record after the change, as JSON; null when removed */
      after: unknown;
      /** Format: date-time */
      at: string;
      audit_id: number;
      /** @description The record before the change, as JSON; null for an insert */
      before: unknown;
      entity: string;
      entity_key: string;
      request_id: string | null;
    };
    Beneficiary: {
      amount_vnd: number;
      /** Format: date */
      approved_on: string;
      beneficiary_ref: string;
      /** @enum {string|null} */
      group: 'worker' | 'household_business' | 'child' | 'lottery_seller' | 'other' | null;
      /** Format: date */
      paid_on: string | null;
      programme: string;
      ward_code: string | null;
    };
    CapacityScenario: {
      /**
       * Format: date-time
       * @description T, in Viet Nam time
       */
      at: string;
      by_tier: {
        1: {
          /** @description Beds of this tier's facilities active on T's date */
          active_beds: number;
          /** @description round-half-up of cases × share / 100 (tier 1 less its home share) */
          needed: number;
          /** @description Beds of this tier's facilities with status planned */
          planned_beds: number;
          /** @description max(0, needed − active_beds) */
          shortfall: number;
        };
        2: {
          /** @description Beds of this tier's facilities active on T's date */
          active_beds: number;
          /** @description round-half-up of cases × share / 100 (tier 1 less its home share) */
          needed: number;
          /** @description Beds of this tier's facilities with status planned */
          planned_beds: number;
          /** @description max(0, needed − active_beds) */
          shortfall: number;
        };
        3: {
          /** @description Beds of this tier's facilities active on T's date */
          active_beds: number;
          /** @description round-half-up of cases × share / 100 (tier 1 less its home share) */
          needed: number;
          /** @description Beds of this tier's facilities with status planned */
          planned_beds: number;
          /** @description max(0, needed − active_beds) */
          shortfall: number;
        };
      };
      cases: number;
    };
    CareEnded: {
      episode: components['schemas']['CareEpisode'];
      /**
       * @description The case outcome written from this end (only when the case had none)
       * @enum {string|null}
       */
      proposed_outcome: 'discharged' | 'died' | null;
    };
    CareEpisode: {
      /** Format: date-time */
      end_at: string | null;
      /** @enum {string|null} */
      end_reason: 'recovered' | 'transferred' | 'died' | 'other' | null;
      episode_id: number;
      facility_code: string | null;
      facility_name: string | null;
      override_reason: string | null;
      person_ref: string;
      /** @enum {string} */
      setting: 'facility' | 'home';
      /** Format: date-time */
      start_at: string;
      /** @description The episode's tier (default the facility's); null at home */
      tier: number | null;
    };
    CareTransferred: {
      ended: components['schemas']['CareEpisode'];
      started: components['schemas']['CareEpisode'];
    };
    Case: {
      case_number: string | null;
      /** Format: date-time */
      confirmed_at: string;
      /** Format: date-time */
      created_at: string;
      /** @enum {string} */
      detected_in: 'community' | 'quarantine' | 'entry';
      full_name: string;
      person_ref: string;
      /**
       * @description Current severity (its history is on the tracing page)
       * @enum {string|null}
       */
      severity: 'asymptomatic' | 'mild' | 'moderate' | 'severe' | 'critical' | null;
      /** Format: date-time */
      updated_at: string;
      ward_code: string | null;
    };
    CaseListItem: {
      case_number: string | null;
      /** Format: date-time */
      confirmed_at: string;
      /** Format: date-time */
      created_at: string;
      /** @enum {string} */
      detected_in: 'community' | 'quarantine' | 'entry';
      full_name: string;
      /** @description Instant of each outcome recorded (discharged, died, transferred_out); null when none */
      outcomes: {
        [key: string]: string;
      } | null;
      person_ref: string;
      /**
       * @description Current severity (its history is on the tracing page)
       * @enum {string|null}
       */
      severity: 'asymptomatic' | 'mild' | 'moderate' | 'severe' | 'critical' | null;
      /** Format: date-time */
      updated_at: string;
      ward_code: string | null;
    };
    CaseOutcome: {
      /** Format: date-time */
      at: string;
      /** @enum {string} */
      outcome: 'discharged' | 'died' | 'transferred_out';
      person_ref: string;
    };
    CheckedDose: {
      /** @description Past the primary series of the previous dose’s product */
      booster: boolean | null;
      dose_number: number;
      /**
       * Format: date
       * @description Expiry of the lot, when the lot is registered
       */
      expires_on: string | null;
      flags: {
        /** @enum {string} */
        code: 'early' | 'late' | 'mix_not_allowed' | 'missing_previous' | 'expired_lot';
        message: string;
      }[];
      /** Format: date */
      given_on: string;
      /** @description Days since the previous dose */
      interval_days: number | null;
      lot: string | null;
      max_days: number | null;
      /** @description The interval window that applied (days) */
      min_days: number | null;
      person_ref: string;
      previous_product: (string & components['schemas']['VaccineProduct']) | null;
      product: components['schemas']['VaccineProduct'];
      /** @description The round named on the dose, else the round running that day there */
      round_code: string | null;
      /** @description A registered site code, or the text of a historic record */
      site: string | null;
    };
    Checkpoint: {
      /** Format: date */
      active_from: string | null;
      /** Format: date */
      active_to: string | null;
      /** @description The country across the border, ISO alpha-2 */
      border: string | null;
      checkpoint_code: string;
      /** @description The form token of the site's public link (rotate_token issues a new one) */
      form_token: string;
      /** @enum {string} */
      kind: 'checkpoint' | 'border_post' | 'airport' | 'station' | 'other';
      latitude: number | null;
      location: string | null;
      longitude: number | null;
      /** @enum {string} */
      mobility: 'fixed' | 'mobile';
      /** @enum {string} */
      mode: 'road' | 'air' | 'water' | 'rail';
      name: string;
      /** Format: date-time */
      updated_at: string;
      ward_code: string;
    };
    CheckpointDay: {
      allowed: number;
      checkpoint_code: string;
      crossings_from_outbreak: number;
      crossings_in: number;
      crossings_out: number;
      /**
       * Format: date
       * @description Viet Nam day
       */
      day: string;
      declarations: number;
      declarations_from_outbreak: number;
      name: string;
      quarantine: number;
      rapid_positive: number;
      rapid_tests: number;
      turned_back: number;
    };
    CheckpointRecord: {
      /** Format: date */
      active_from: string | null;
      /** Format: date */
      active_to: string | null;
      /** @description The country across the border, ISO alpha-2 */
      border: string | null;
      checkpoint_code: string;
      /** Format: date-time */
      created_at: string;
      /** @description The form token of the site's public link (rotate_token issues a new one) */
      form_token: string;
      /** @enum {string} */
      kind: 'checkpoint' | 'border_post' | 'airport' | 'station' | 'other';
      latitude: number | null;
      location: string | null;
      longitude: number | null;
      /** @enum {string} */
      mobility: 'fixed' | 'mobile';
      /** @enum {string} */
      mode: 'road' | 'air' | 'water' | 'rail';
      name: string;
      province_code: string;
      /** Format: date-time */
      updated_at: string;
      ward_code: string;
    };
    CheckpointShift: {
      checkpoint_code: string;
      /** Format: date-time */
      ends_at: string;
      /** @enum {string} */
      force: 'border_guard' | 'military' | 'militia' | 'police' | 'health' | 'volunteer' | 'other';
      leader: string | null;
      note: string | null;
      shift_id: number;
      /** @description People on duty */
      staff: number;
      /** Format: date-time */
      starts_at: string;
    };
    CheckpointShiftRecord: {
      checkpoint_code: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      ends_at: string;
      /** @enum {string} */
      force: 'border_guard' | 'military' | 'militia' | 'police' | 'health' | 'volunteer' | 'other';
      leader: string | null;
      note: string | null;
      province_code: string;
      shift_id: number;
      /** @description People on duty */
      staff: number;
      /** Format: date-time */
      starts_at: string;
    };
    Cluster: {
      /** @description Cases confirmed by the day */
      cases: number;
      /**
       * Format: date
       * @description Day it closes if no new case comes (cluster_close_days after the last)
       */
      closes_on: string;
      first_case: {
        /** Format: date-time */
        confirmed_at: string;
        person_ref: string;
      } | null;
      /** @description Linked: the ref of its first case; declared: its cluster_id */
      id: string;
      /** @enum {string} */
      kind: 'linked' | 'declared';
      last_case: {
        /** Format: date-time */
        confirmed_at: string;
        person_ref: string;
      } | null;
      name: string | null;
      persons: number;
      place: string | null;
      /** Format: date */
      started_on: string;
      /** @enum {string} */
      status: 'active' | 'closed';
      /** @description Ward of a declared cluster */
      ward_code: string | null;
      /** @description Wards of the cluster's cases */
      wards: string[];
    };
    ClusterGraph: {
      edges: components['schemas']['ContactGraphEdge'][];
      nodes: components['schemas']['ContactGraphNode'][];
      /** Format: date */
      on: string;
      /** @description More than 500 persons: the farthest were left out */
      truncated: boolean;
    };
    CohortFigures: {
      /** @description Distinct travellers with a crossing in (not turned back) or a declaration from the origin */
      arrived: number;
      /**
       * Format: date-time
       * @description T, in Viet Nam time
       */
      at: string;
      /** @description Of arrived, with an open episode of this kind at T (one kind per person) */
      centralized: number;
      home: number;
      negative: number;
      /** @description A province code (the origin's ward, district or province lies in it), or abroad */
      origin: string;
      /** @description No result at T (an invalid latest result is in none of the three) */
      pending: number;
      /** @description Of sampled, by the latest such sample's result at T */
      positive: number;
      /** @description Of arrived, with a sample taken since their first arrival and ≤ T */
      sampled: number;
      self_monitoring: number;
      /**
       * Format: date
       * @description D: arrivals from the start of this Viet Nam day
       */
      since: string;
      /** @description centralized + home + self_monitoring */
      under_management: number;
    };
    CommandSummary: {
      /** @description The cut-off T (ISO, Viet Nam time) */
      at: string;
      /** @description Start A of the period A < t ≤ T (default T − 24 h) */
      from: string;
      funds: {
        allocation: number;
        by_source: {
          amount_vnd: number;
          /** @enum {string} */
          kind: 'allocation' | 'donation' | 'spending';
          source: string | null;
        }[];
        donation: number;
        spending: number;
      };
      supplies: {
        /** @description Issues in the period (transfers are neither) */
        issued: number;
        item: string;
        name: string;
        /** @description Receipts in the period */
        received: number;
        /** @description Per store with a movement ≤ T */
        stock: {
          [key: string]: number;
        };
        stock_total: number;
        unit: string;
      }[];
      support: {
        approved: number;
        approved_vnd: number;
        paid: number;
        paid_pct: number;
        paid_vnd: number;
        programme: string;
      }[];
      tasks: {
        by_assignee: {
          assignee: string;
          done: number;
          open: number;
          overdue: number;
          total: number;
        }[];
        done: number;
        open: number;
        overdue: number;
        total: number;
      };
    };
    ConfirmedCount: {
      /** @description Persons newly confirmed as cases */
      confirmed: number;
    };
    ContactGraph: {
      edges: components['schemas']['ContactGraphEdge'][];
      nodes: components['schemas']['ContactGraphNode'][];
      /** @description More than 500 persons: the farthest were left out */
      truncated: boolean;
    };
    ContactGraphEdge: {
      contact_ref: string;
      /** Format: date */
      exposed_on: string;
      /** @enum {string|null} */
      setting: 'household' | 'work' | 'school' | 'travel' | 'venue' | 'other' | null;
      source_ref: string;
    };
    ContactGraphNode: {
      case_number: string | null;
      /** Format: date-time */
      confirmed_at: string | null;
      /** @description Steps from the person (person graphs only) */
      distance?: number;
      /** @description Only for persons in the caller's wards */
      full_name: string | null;
      /** @description F-level now, or as of the day/instant asked */
      level: number | null;
      /** @description Instant of each outcome recorded (discharged, died, transferred_out); null when none */
      outcomes: {
        [key: string]: string;
      } | null;
      person_ref: string;
      ward_code: string | null;
    };
    CrossingRecord: {
      birth_year: number | null;
      checkpoint_code: string;
      /** Format: date-time */
      created_at: string;
      /** Format: date-time */
      crossed_at: string;
      crossing_id: number;
      /** @enum {string} */
      decision: 'allowed' | 'quarantine' | 'turned_back';
      declaration_id: number | null;
      /** @enum {string} */
      direction: 'in' | 'out';
      /** @description Follow-up tasks created (null: none) */
      followups: ('test' | 'quarantine')[] | null;
      /** @description ISO alpha-2 */
      from_country: string;
      from_district: string | null;
      from_place: string | null;
      from_province: string | null;
      from_ward: string | null;
      full_name: string;
      id_number: string | null;
      /** @enum {string} */
      mode: 'road' | 'air' | 'water' | 'rail';
      nationality: string;
      note: string | null;
      /** @description Name of the outbreak area the traveller came from on that day (listed or by zoning) */
      outbreak_area: string | null;
      outbreak_area_id: number | null;
      /** @description From inside the province: the zoning judgement (null: not an outbreak area by zoning, or from outside) */
      outbreak_zoning: components['schemas']['OutbreakZoning'] | null;
      person_id: number | null;
      phone: string | null;
      province_code: string;
      /** @enum {string} */
      purpose: 'return_home' | 'work' | 'goods' | 'transit' | 'official' | 'medical' | 'tourism' | 'other';
      /** @enum {string|null} */
      rapid_test: 'negative' | 'positive' | 'invalid' | null;
      /** @description Who recorded it: a username, or qr:<checkpoint> / accommodation:<code> */
      recorded_by: string;
      /** @enum {string|null} */
      sex: 'M' | 'F' | null;
      to_place: string | null;
      to_ward_code: string | null;
      vehicle_plate: string | null;
      zone_level: number | null;
    };
    CrossingSummary: {
      birth_year: number | null;
      checkpoint_code: string;
      /** Format: date-time */
      crossed_at: string;
      crossing_id: number;
      /** @enum {string} */
      decision: 'allowed' | 'quarantine' | 'turned_back';
      /** @enum {string} */
      direction: 'in' | 'out';
      /** @description ISO alpha-2 */
      from_country: string;
      from_district: string | null;
      from_place: string | null;
      from_province: string | null;
      from_ward: string | null;
      full_name: string;
      id_number: string | null;
      /** @enum {string} */
      mode: 'road' | 'air' | 'water' | 'rail';
      note: string | null;
      /** @description Name of the outbreak area the traveller came from on that day (listed or by zoning) */
      outbreak_area: string | null;
      /** @description From inside the province: the zoning judgement (null: not an outbreak area by zoning, or from outside) */
      outbreak_zoning: components['schemas']['OutbreakZoning'] | null;
      person_ref: string | null;
      phone: string | null;
      /** @enum {string} */
      purpose: 'return_home' | 'work' | 'goods' | 'transit' | 'official' | 'medical' | 'tourism' | 'other';
      /** @enum {string|null} */
      rapid_test: 'negative' | 'positive' | 'invalid' | null;
      /** @description Who recorded it: a username, or qr:<checkpoint> / accommodation:<code> */
      recorded_by: string;
      to_place: string | null;
      to_ward_code: string | null;
      vehicle_plate: string | null;
    };
    CurrentUser: {
      /** @description The session CSRF token; absent when called with a bearer token */
      csrf_token?: string;
      display_name: string;
      permissions: (
        | 'people.read'
        | 'people.write'
        | 'people.merge'
        | 'geo.read'
        | 'geo.write'
        | 'imports.run'
        | 'reports.read'
        | 'reports.issue'
        | 'audit.read'
        | 'users.manage'
        | 'rules.manage'
        | 'tracing.read'
        | 'tracing.write'
        | 'quarantine.read'
        | 'quarantine.write'
        | 'testing.read'
        | 'testing.write'
        | 'vaccination.read'
        | 'vaccination.write'
        | 'vaccination.manage'
        | 'entry.read'
        | 'entry.write'
        | 'entry.manage'
        | 'entry.followup'
        | 'command.read'
        | 'command.write'
        | 'command.manage'
        | 'zoning.read'
        | 'zoning.write'
        | 'treatment.read'
        | 'treatment.write'
        | 'portal.manage'
      )[];
      province_code: string;
      /** @enum {string} */
      role:
        | 'province_admin'
        | 'province_officer'
        | 'district_officer'
        | 'commune_officer'
        | 'lab_staff'
        | 'checkpoint_staff'
        | 'leader';
      /** @description Province, district or ward code of the jurisdiction */
      scope_code: string;
      /** @enum {string} */
      scope_level: 'province' | 'district' | 'ward';
      username: string;
      /** @description Ward codes of the jurisdiction; null for the whole province */
      wards: string[] | null;
    };
    DailyReport: {
      /**
       * Format: date-time
       * @description The cut-off T
       */
      as_of: string;
      /** @description At T, "new" counted over P < t ≤ T */
      current: components['schemas']['ReportFigures'];
      /** @description At P, "new" counted over P − 24h < t ≤ P */
      previous: components['schemas']['ReportFigures'];
      /**
       * Format: date-time
       * @description P = T − 24h
       */
      previous_as_of: string;
      province_code: string;
    };
    DeclarationReceipt: {
      /** @description The receipt code to show at the checkpoint */
      declaration_ref: string;
      /** Format: date-time */
      declared_at: string;
      /** @description Sent before (same phone and name at the site within 10 minutes): first receipt */
      duplicate: boolean;
      /** @description The outbreak area (listed) or the unit of the province (zoning) the traveller came from */
      outbreak_area: string | null;
      /**
       * @description From a unit of the province under lockdown
       * @enum {string|null}
       */
      outbreak_measure: 'lockdown' | null;
      zone_level: number | null;
    };
    DeclarationSummary: {
      accommodation_code: string | null;
      birth_year: number | null;
      /** @enum {string} */
      channel: 'qr' | 'app' | 'paper' | 'accommodation' | 'other';
      /** Format: date-time */
      check_out_at: string | null;
      checkpoint_code: string | null;
      contact_case: boolean;
      /** @description Receipt code, or the source system’s id (import) */
      declaration_ref: string;
      /**
       * Format: date-time
       * @description Declared, or for an accommodation guest checked in
       */
      declared_at: string;
      /** @description ISO alpha-2 */
      from_country: string;
      from_district: string | null;
      from_place: string | null;
      from_province: string | null;
      from_ward: string | null;
      full_name: string;
      id_number: string | null;
      nationality: string;
      /** @description Name of the outbreak area the traveller came from on that day (listed or by zoning) */
      outbreak_area: string | null;
      /** @description From inside the province: the zoning judgement (null: not an outbreak area by zoning, or from outside) */
      outbreak_zoning: components['schemas']['OutbreakZoning'] | null;
      /** @description The registered person it is linked to */
      person_ref: string | null;
      phone: string | null;
      /** @description Who recorded it: a username, or qr:<checkpoint> / accommodation:<code> */
      recorded_by: string;
      room: string | null;
      /** @enum {string|null} */
      sex: 'M' | 'F' | null;
      symptoms: ('fever' | 'cough' | 'breathing' | 'sore_throat' | 'taste_smell' | 'fatigue')[];
      to_place: string | null;
      to_ward_code: string | null;
      /** @enum {string|null} */
      travel_mode: 'road' | 'air' | 'water' | 'rail' | null;
      vehicle_plate: string | null;
    };
    DeclaredCluster: {
      case_refs: string[];
      cluster_id: number;
      /** Format: date */
      ended_on: string | null;
      name: string;
      place: string | null;
      /** Format: date */
      started_on: string;
      ward_code: string | null;
    };
    Directive: {
      /** @description The attached PDF/DOCX, when there is one */
      file_name: string | null;
      /** Format: date */
      issued_on: string;
      issuer: string;
      /** @enum {string} */
      kind: 'chi_thi' | 'cong_dien' | 'cong_van' | 'ke_hoach' | 'quyet_dinh' | 'thong_bao' | 'nghi_quyet' | 'other';
      /** @enum {string|null} */
      level: 'national' | 'province' | 'district' | null;
      number: string;
      subject: string;
      /** @description Tasks given from it */
      tasks: number;
    };
    Donor: {
      /** @description Cash only */
      amount_vnd: number;
      /** @description Cash donations (funds of kind donation) */
      donations: number;
      donor: string;
      /** @description Supply receipts with source donation from this donor (counterparty) */
      in_kind: number;
      /** Format: date-time */
      last_at: string;
    };
    DuplicatePair: {
      a_name: string;
      a_ref: string;
      b_name: string;
      b_ref: string;
      /** @description Comma-separated: id_number, phone_name_birth_year */
      reasons: string;
    };
    EntryCounts: {
      /** @description The cut-off instant, as asked */
      at: string;
      checkpoints: {
        by_kind: {
          /** @description The country across the border, ISO alpha-2 */
          border: string | null;
          /** @enum {string} */
          kind: 'checkpoint' | 'border_post' | 'airport' | 'station' | 'other';
          /** @enum {string} */
          mobility: 'fixed' | 'mobile';
          sites: number;
          staff: number;
        }[];
        /** @description Operating at the cut-off */
        sites: number;
        /** @description On shifts covering the cut-off */
        staff: number;
        /** @description By force */
        staff_by_force: {
          [key: string]: number;
        };
      };
      crossings: {
        /** @description By checkpoint */
        by_checkpoint: {
          [key: string]: {
            allowed: number;
            entries: number;
            exits: number;
            quarantine: number;
            rapid_tests: number;
            turned_back: number;
          };
        };
        /** @description By Viet Nam day (YYYY-MM-DD) */
        by_day: {
          [key: string]: {
            allowed: number;
            entries: number;
            exits: number;
            quarantine: number;
            rapid_tests: number;
            turned_back: number;
          };
        };
        by_decision: {
          allowed: number;
          quarantine: number;
          turned_back: number;
        };
        /** @description By mode */
        by_mode: {
          [key: string]: {
            allowed: number;
            entries: number;
            exits: number;
            quarantine: number;
            rapid_tests: number;
            turned_back: number;
          };
        };
        entries: number;
        entries_from_outbreak_areas: number;
        exits: number;
        rapid_positive: number;
        rapid_tests: number;
      };
      declarations: {
        /** @description By channel */
        by_channel: {
          [key: string]: {
            from_outbreak_areas: number;
            total: number;
          };
        };
        /** @description By checkpoint */
        by_checkpoint: {
          [key: string]: {
            from_outbreak_areas: number;
            total: number;
          };
        };
        from_outbreak_areas: number;
        total: number;
      };
      /** @description By kind */
      incidents: {
        [key: string]: {
          /** @description By border country */
          by_border: {
            [key: string]: {
              cases: number;
              people: number;
            };
          };
          cases: number;
          people: number;
        };
      };
      since: string | null;
      /** @description By kind */
      violations: {
        [key: string]: {
          count: number;
          fined: number;
          /** @description Fines in đồng */
          fines_vnd: number;
        };
      };
    };
    EntryFollowup: {
      accommodation_code: string | null;
      /** Format: date-time */
      arrived_at: string;
      birth_year: number | null;
      checkpoint_code: string | null;
      /** Format: date */
      due_on: string;
      followup_id: number;
      full_name: string;
      /** Format: date-time */
      handled_at: string | null;
      handled_by: string | null;
      /** @enum {string} */
      kind: 'test' | 'quarantine';
      note: string | null;
      outbreak_area: string;
      /** @description From inside the province: the zoning judgement (null: not an outbreak area by zoning, or from outside) */
      outbreak_zoning: components['schemas']['OutbreakZoning'] | null;
      person_ref: string | null;
      phone: string | null;
      /** @description The declaration’s receipt code, or crossing:<id> */
      source_ref: string;
      /** @enum {string} */
      status: 'open' | 'done' | 'cancelled';
      to_place: string | null;
      /** @description Whose due list; null: the province's */
      ward_code: string | null;
      zone_level: number | null;
    };
    EntryFollowupRecord: {
      /** Format: date-time */
      created_at: string;
      crossing_id: number | null;
      declaration_id: number | null;
      /** Format: date */
      due_on: string;
      followup_id: number;
      /** Format: date-time */
      handled_at: string | null;
      handled_by: string | null;
      /** @enum {string} */
      kind: 'test' | 'quarantine';
      note: string | null;
      /** @description The listed area; null when judged by zoning */
      outbreak_area_id: number | null;
      province_code: string;
      /** @enum {string} */
      status: 'open' | 'done' | 'cancelled';
      ward_code: string | null;
    };
    EntryIncident: {
      /** @description The country across the border, ISO alpha-2 */
      border: string | null;
      checkpoint_code: string | null;
      /** @enum {string} */
      handling: 'quarantine' | 'returned' | 'prosecuted' | 'fined' | 'released' | 'other';
      handling_note: string | null;
      incident_id: number;
      /** @enum {string} */
      kind: 'illegal_entry' | 'received_from_neighbour' | 'returned_to_neighbour';
      /** Format: date-time */
      occurred_at: string;
      people: number;
      place: string;
      /** @description Who recorded it: a username, or qr:<checkpoint> / accommodation:<code> */
      recorded_by: string;
      ward_code: string | null;
    };
    EntryIncidentRecord: {
      /** @description The country across the border, ISO alpha-2 */
      border: string | null;
      checkpoint_code: string | null;
      /** Format: date-time */
      created_at: string;
      /** @enum {string} */
      handling: 'quarantine' | 'returned' | 'prosecuted' | 'fined' | 'released' | 'other';
      handling_note: string | null;
      incident_id: number;
      /** @enum {string} */
      kind: 'illegal_entry' | 'received_from_neighbour' | 'returned_to_neighbour';
      /** Format: date-time */
      occurred_at: string;
      people: number;
      place: string;
      province_code: string;
      /** @description Who recorded it: a username, or qr:<checkpoint> / accommodation:<code> */
      recorded_by: string;
      ward_code: string | null;
    };
    EntryViolation: {
      /** @description Number of the sanction decision */
      decision_ref: string | null;
      declaration_ref: string | null;
      /** @description Fine in đồng */
      fine_vnd: number | null;
      /** @enum {string} */
      kind: 'false_declaration' | 'no_mask' | 'leaving_quarantine' | 'false_information_online' | 'other';
      note: string | null;
      /** Format: date-time */
      occurred_at: string;
      offender_name: string;
      person_ref: string | null;
      place: string | null;
      /** @description Who recorded it: a username, or qr:<checkpoint> / accommodation:<code> */
      recorded_by: string;
      violation_id: number;
      ward_code: string | null;
    };
    EntryViolationRecord: {
      /** Format: date-time */
      created_at: string;
      /** @description Number of the sanction decision */
      decision_ref: string | null;
      declaration_id: number | null;
      /** @description Fine in đồng */
      fine_vnd: number | null;
      /** @enum {string} */
      kind: 'false_declaration' | 'no_mask' | 'leaving_quarantine' | 'false_information_online' | 'other';
      note: string | null;
      /** Format: date-time */
      occurred_at: string;
      offender_name: string;
      person_id: number | null;
      place: string | null;
      province_code: string;
      /** @description Who recorded it: a username, or qr:<checkpoint> / accommodation:<code> */
      recorded_by: string;
      violation_id: number;
      ward_code: string | null;
    };
    /**
     * @example {
     *       "error": "not_found",
     *       "message": "Không tìm thấy người DEMO-9999999"
     *     }
     */
    Error: {
      /** @description Catalogue key, stable for scripts (e.g. "not_found", "facility_full") */
      error: string;
      /** @description The request field at fault, when there is one */
      field?: string;
      /** @description The text for a person, in Vietnamese or (Accept-Language: en) English */
      message: string;
    };
    Exposure: {
      contact_ref: string;
      /** Format: date */
      exposed_on: string;
      /** @enum {string|null} */
      setting: 'household' | 'work' | 'school' | 'travel' | 'venue' | 'other' | null;
      source_ref: string;
    };
    F1WorkItem: {
      full_name: string;
      hamlet: string | null;
      /**
       * Format: date
       * @description Last contact with an F0 within the window
       */
      last_exposed_on: string | null;
      /** Format: date-time */
      last_sample_at: string | null;
      person_ref: string;
      phone: string | null;
      /** @description The F0s they were in contact with */
      source_refs: string[] | null;
      ward_code: string | null;
    };
    Facility: {
      /** Format: date */
      active_from: string | null;
      /** Format: date */
      active_to: string | null;
      beds: number | null;
      facility_code: string;
      icu_beds: number | null;
      /** @enum {string} */
      kind: 'quarantine' | 'treatment' | 'both';
      name: string;
      /** @enum {string} */
      status: 'planned' | 'active' | 'closed';
      tier: number | null;
      ward_code: string | null;
    };
    FacilityBoard: {
      /** Format: date-time */
      at: string;
      facilities: components['schemas']['FacilityOccupancy'][];
      totals: {
        active: number;
        /** @description Beds of the active facilities */
        beds: number;
        beds_planned: number;
        closed: number;
        current: number;
        facilities: number;
        /** @description Free beds of the active facilities */
        free: number;
        /** @description Facilities with at least one person */
        in_use: number;
        planned: number;
      };
    };
    FacilityOccupancy: {
      /** Format: date */
      active_from: string | null;
      /** Format: date */
      active_to: string | null;
      beds: number | null;
      /** @description Persons counted there at the instant */
      current: number;
      facility_code: string;
      /** @description Beds − current while active (negative when overfilled by override), else 0; null without a bed count */
      free: number | null;
      icu_beds: number | null;
      /** @enum {string} */
      kind: 'quarantine' | 'treatment' | 'both';
      name: string;
      /**
       * @description On the day of the instant asked about
       * @enum {string}
       */
      state: 'planned' | 'active' | 'closed';
      /** @enum {string} */
      status: 'planned' | 'active' | 'closed';
      tier: number | null;
      ward_code: string | null;
    };
    Fund: {
      amount_vnd: number;
      /** Format: date-time */
      at: string;
      fund_ref: string;
      /** @enum {string} */
      kind: 'allocation' | 'donation' | 'spending';
      purpose: string | null;
      source: string | null;
    };
    GuestImportResult: {
      inserted: number;
      kind: string;
      rejected: {
        column: string;
        line: number;
        reason: string;
      }[];
      rows: number;
      updated: number;
    };
    Hamlet: {
      hamlet_id: number;
      name: string;
      ward_code: string;
    };
    Health: {
      /** @enum {string} */
      engine: 'pglite' | 'postgres';
      /** @enum {boolean} */
      ok: true;
    };
    HomeFollowup: {
      /** Format: date-time */
      at: string;
      /** @description The rule set's days between checks */
      check_days: number;
      /** @description Active cases at home whose next check falls on or before the day of at */
      due_check: components['schemas']['HomePatient'][];
      /** @description Active cases at home whose latest severity is moderate or worse: to be moved to a facility */
      to_move: components['schemas']['HomePatient'][];
    };
    HomePatient: {
      /**
       * Format: date
       * @description The day of the last check (or of the start at home) + home_check_days
       */
      due_on: string;
      full_name: string;
      /** Format: date-time */
      home_since: string;
      /** Format: date-time */
      last_observed_at: string | null;
      /** @enum {string|null} */
      oxygen: 'none' | 'mask' | 'hfnc' | 'ventilator' | 'ecmo' | null;
      person_ref: string;
      phone: string | null;
      /** @enum {string|null} */
      severity: 'asymptomatic' | 'mild' | 'moderate' | 'severe' | 'critical' | null;
      ward_code: string | null;
    };
    ImportKindInfo: {
      /** @description The CSV header names */
      columns: {
        name: string;
        required: boolean;
      }[];
      /** @description e.g. persons, cases, samples */
      kind: string;
    };
    ImportProgress: {
      /** @description Bytes of the file received or read so far */
      bytes: number;
      /** @description Percent of the file received or read; null when its size is unknown */
      percent: number | null;
      /**
       * @description receiving: the upload arrives (nothing is held meanwhile); then the import reads, checks, writes
       * @enum {string}
       */
      phase: 'receiving' | 'reading' | 'checking' | 'applying';
      /** @description Rows read so far */
      rows: number;
      /** @description The file's size: while receiving, the Content-Length when sent */
      totalBytes?: number;
    };
    ImportProgressLine:
      | {
          progress: components['schemas']['ImportProgress'];
        }
      | {
          result: components['schemas']['ImportResult'];
        }
      | components['schemas']['Error'];
    ImportRejected: {
      /** @description The column at fault (empty when the whole row is) */
      column: string;
      /** @description Line of the file (1 = the header), or the row in a workbook */
      line: number;
      /** @description Why, in the caller's language */
      reason: string;
    };
    /**
     * @example {
     *       "kind": "persons",
     *       "rows": 50,
     *       "inserted": 49,
     *       "updated": 0,
     *       "rejected": [
     *         {
     *           "line": 3,
     *           "column": "phone",
     *           "reason": "Số điện thoại không hợp lệ: 07829031"
     *         }
     *       ]
     *     }
     */
    ImportResult: {
      inserted: number;
      kind: string;
      rejected: components['schemas']['ImportRejected'][];
      /** @description Data rows read */
      rows: number;
      /** @description Rows that changed a stored record (unchanged rows count in neither) */
      updated: number;
    };
    IssuedReport: {
      /**
       * Format: date-time
       * @description The cut-off
       */
      as_of: string;
      /** @description The report JSON as issued, never to change: DailyReport, or SeedReport for a seed template */
      data: components['schemas']['DailyReport'] | components['schemas']['SeedReport'];
      draft_id: number;
      header: components['schemas']['IssuedReportHeader'];
      /** Format: date-time */
      issued_at: string;
      issued_by: string;
      /** @enum {string} */
      kind: 'daily';
      narrative: components['schemas']['NarrativeSection'][];
      report_id: number;
      scope_code: string;
      /** @description Số, ký hiệu: "12/BC-BCĐ" */
      symbol: string;
      /** @enum {string} */
      template: 'daily' | 'synthesis' | 'situation' | 'border';
    };
    IssuedReportHeader: {
      /**
       * Format: date-time
       * @description The date of issue
       */
      date: string | null;
      issuing_body: string;
      issuing_parent: string;
      number_pattern: string;
      place: string;
      recipients: string[];
      signer_name: string;
      signer_title: string;
      symbol: string | null;
    };
    IssuedReportSummary: {
      /**
       * Format: date-time
       * @description The cut-off
       */
      as_of: string;
      draft_id: number;
      /** Format: date-time */
      issued_at: string;
      issued_by: string;
      /** @enum {string} */
      kind: 'daily';
      report_id: number;
      scope_code: string;
      /** @description Số, ký hiệu: "12/BC-BCĐ" */
      symbol: string;
      /** @enum {string} */
      template: 'daily' | 'synthesis' | 'situation' | 'border';
    };
    Lab: {
      active: boolean;
      /** @description Single (unpooled) tests a day */
      capacity_per_day: number | null;
      lab_code: string;
      methods: ('pcr' | 'rapid_antigen')[];
      name: string;
      ward_code: string | null;
    };
    LabStatus: {
      active: boolean | null;
      /** @description Samples waiting, by hours since taken */
      backlog_by_age: {
        '24_48h': number;
        '48_72h': number;
        gt_72h: number;
        le_24h: number;
      };
      capacity_per_day: number | null;
      lab_code: string;
      methods: ('pcr' | 'rapid_antigen')[] | null;
      /** @description Null for a lab named by samples but not registered */
      name: string | null;
      /** Format: date-time */
      oldest_taken_at: string | null;
      /** @description Samples waiting for a result */
      pending: number;
      registered: boolean;
      /** @description Tests run in the 24 hours to the instant (a pool counts once) */
      tests_24h: number;
      /** @description Tests waiting (a pending pool counts once) */
      tests_pending: number;
      ward_code: string | null;
    };
    LevelCounts: {
      1: number;
      2: number;
      3: number;
      4: number;
    };
    NarrativeSection: {
      text: string;
      title: string;
    };
    NextDose: {
      address: string | null;
      birth_year: number | null;
      /** Format: date */
      due_from: string;
      full_name: string;
      hamlet: string | null;
      last_dose: number;
      /** Format: date */
      last_given_on: string;
      last_product: components['schemas']['VaccineProduct'];
      next_dose: number;
      /** Format: date */
      overdue_after: string;
      person_ref: string;
      phone: string | null;
      /** @enum {string} */
      status: 'not_yet_due' | 'due' | 'overdue';
      ward_code: string | null;
      ward_name: string | null;
    };
    OriginCheck: {
      /** @description The origin, completed with the parents of its most precise unit */
      origin: {
        /** @description ISO alpha-2 */
        from_country: string;
        from_district: string | null;
        from_province: string | null;
        from_ward: string | null;
      };
      /** @description From outside the province: the listed area it lies in */
      outbreak_area: components['schemas']['OutbreakArea'] | null;
      /** @description From inside the province: the zoning judgement (null: not an outbreak area by zoning, or from outside) */
      zoning: components['schemas']['OutbreakZoning'] | null;
    };
    OriginUnit: {
      code: string;
      name: string;
    };
    OutbreakArea: {
      /** @description ISO alpha-2 for a country, else the GSO code */
      area_code: string;
      area_id: number;
      /** @description The decision that lists it */
      basis: string | null;
      /** Format: date */
      effective_from: string;
      /** Format: date */
      effective_to: string | null;
      /** @description What an arrival from the area owes */
      followups: ('test' | 'quarantine')[];
      /** @enum {string} */
      level: 'country' | 'province' | 'district' | 'ward';
      name: string;
      /** Format: date-time */
      updated_at: string;
      zone_level: number | null;
    };
    OutbreakZoning: {
      /** @description The decision declaring the level or the measure, if any */
      decision_number: string | null;
      /** @description The unit’s level (4) when judged by level, else null */
      level: number | null;
      /**
       * @description The measure in force on the unit when judged by measure
       * @enum {string|null}
       */
      measure: 'lockdown' | null;
      /** @enum {string} */
      tier: 'ward' | 'district' | 'province';
      /** @description GSO code of the unit judged */
      unit_code: string;
      unit_name: string;
    };
    PeriodComparison: {
      /** @description The same figures at C */
      at_compare: components['schemas']['ReportFigures'];
      /** @description The daily report's `current` figures at T */
      at_to: components['schemas']['ReportFigures'];
      /**
       * Format: date-time
       * @description The earlier instant C the figures are compared with
       */
      compare_at: string;
      /** @description Viet Nam days from the day of the latest case confirmed at or before T to T’s day; null if none */
      days_since_last_case: number | null;
      /**
       * Format: date-time
       * @description Start A of the period A < t ≤ T the new cases are counted over (default C)
       */
      from: string;
      /** @description Cases confirmed in the period by where they were detected */
      new_cases_by_detected_in: {
        community: number;
        entry: number;
        quarantine: number;
      };
      /** @description Every district of the province (of your jurisdiction), by code, zeros included */
      new_cases_by_district: {
        district_code: string;
        /** @description Cases confirmed in the period, by the district of the person’s ward */
        new: number;
        /** @description Of new, detected in the community */
        new_community: number;
      }[];
      province_code: string;
      /**
       * Format: date-time
       * @description The cut-off T
       */
      to: string;
    };
    PeriodReport: {
      /**
       * Format: date-time
       * @description End of the period (00:00 after `to`)
       */
      as_of: string;
      /** @description At as_of, "new" counted over the period */
      current: components['schemas']['ReportFigures'];
      /**
       * Format: date
       * @description First day of the period
       */
      from: string;
      /**
       * @description custom: given as from..to
       * @enum {string}
       */
      kind: 'week' | 'month' | 'custom';
      /** @description At since, "new" counted over the period before */
      previous: components['schemas']['ReportFigures'];
      /**
       * Format: date-time
       * @description Start of the period before, as long as this one
       */
      previous_since: string;
      province_code: string;
      series: components['schemas']['PeriodSeriesDay'][];
      /**
       * Format: date-time
       * @description Start of the period (00:00 of `from`)
       */
      since: string;
      /**
       * Format: date
       * @description Last day of the period
       */
      to: string;
    };
    PeriodSeriesDay: {
      /** @description At the end of the day */
      cases_active: number;
      cases_new: number;
      cases_new_community: number;
      /** Format: date */
      date: string;
      died: number;
      discharged: number;
      doses: number;
      quarantine_completed: number;
      /** @description Persons in quarantine at the end of the day */
      quarantine_current: number;
      quarantine_new: number;
      /** @description Positive results that arrived that day */
      samples_positive: number;
      samples_taken: number;
      transferred_out: number;
    };
    Person: {
      address: string | null;
      /** Format: date */
      birth_date: string | null;
      birth_year: number | null;
      /** Format: date-time */
      created_at: string;
      full_name: string;
      hamlet: string | null;
      /** @enum {string|null} */
      id_kind: 'cccd' | 'cmnd' | 'passport' | null;
      id_number: string | null;
      /** @description The kept record when this one was merged into it, else null */
      merged_into_ref: string | null;
      nationality: string;
      person_ref: string;
      phone: string | null;
      /** @enum {string|null} */
      sex: 'M' | 'F' | null;
      /** Format: date-time */
      updated_at: string;
      ward_code: string | null;
    };
    PersonDoses: {
      doses: components['schemas']['CheckedDose'][];
      /** @description null after the last dose of the schedule */
      next: components['schemas']['NextDose'] | null;
      person: {
        birth_year: number | null;
        full_name: string;
        person_ref: string;
        ward_code: string | null;
      };
    };
    PersonMerge: {
      actor: string;
      /** Format: date-time */
      at: string;
      merged_ref: string;
      merged_snapshot: {
        address: string | null;
        /** Format: date */
        birth_date: string | null;
        birth_year: number | null;
        created_at: string;
        full_name: string;
        hamlet: string | null;
        /** @enum {string|null} */
        id_kind: 'cccd' | 'cmnd' | 'passport' | null;
        id_number: string | null;
        nationality: string;
        person_ref: string;
        phone: string | null;
        /** @enum {string|null} */
        sex: 'M' | 'F' | null;
        updated_at: string;
        ward_code: string | null;
      };
      reason: string | null;
    };
    /**
     * @example {
     *       "person_ref": "DEMO-0000001",
     *       "full_name": "Huỳnh Thanh Sang",
     *       "birth_year": 1951,
     *       "birth_date": null,
     *       "sex": "M",
     *       "id_kind": null,
     *       "id_number": null,
     *       "phone": "0855894731",
     *       "ward_code": "31343",
     *       "hamlet": "Khu vực 3",
     *       "address": "Số 87 đường Điện Biên Phủ",
     *       "nationality": "VN",
     *       "created_at": "2021-10-13T00:00:00.000Z",
     *       "updated_at": "2021-10-13T00:00:00.000Z"
     *     }
     */
    PersonSummary: {
      address: string | null;
      /** Format: date */
      birth_date: string | null;
      birth_year: number | null;
      /** Format: date-time */
      created_at: string;
      full_name: string;
      hamlet: string | null;
      /** @enum {string|null} */
      id_kind: 'cccd' | 'cmnd' | 'passport' | null;
      id_number: string | null;
      nationality: string;
      person_ref: string;
      phone: string | null;
      /** @enum {string|null} */
      sex: 'M' | 'F' | null;
      /** Format: date-time */
      updated_at: string;
      ward_code: string | null;
    };
    PersonTracing: {
      /**
       * Format: date-time
       * @description The instant the level is computed at
       */
      at: string;
      case: {
        case_number: string | null;
        /** Format: date-time */
        confirmed_at: string;
        /** @enum {string} */
        detected_in: 'community' | 'quarantine' | 'entry';
        outcomes: {
          /** Format: date-time */
          at: string;
          /** @enum {string} */
          outcome: 'discharged' | 'died' | 'transferred_out';
        }[];
        severities: {
          /** Format: date-time */
          at: string;
          /** @enum {string} */
          severity: 'asymptomatic' | 'mild' | 'moderate' | 'severe' | 'critical';
        }[];
        /** @enum {string|null} */
        severity: 'asymptomatic' | 'mild' | 'moderate' | 'severe' | 'critical' | null;
      } | null;
      /** @description Days whose contacts count at `at` */
      contact_window: {
        /** Format: date */
        from: string;
        /** Format: date */
        to: string;
      };
      /** @description How the level arises, in the caller's language */
      explanation: string;
      exposures: {
        /** Format: date */
        exposed_on: string;
        /** @description Within the contact window at `at` */
        in_window: boolean;
        /**
         * @description Whether the other person was recorded as contact or source
         * @enum {string}
         */
        other_is: 'contact' | 'source';
        other_is_case: boolean;
        /** @description Only for persons in the caller's wards */
        other_name: string | null;
        other_ref: string;
        /** @enum {string|null} */
        setting: 'household' | 'work' | 'school' | 'travel' | 'venue' | 'other' | null;
      }[];
      full_name: string;
      /** @description F0, F1 … as counted (a confirmed person is never F1/F2); null otherwise */
      label: string | null;
      /** @description Steps to the nearest F0 (0 = F0); null when none within the window */
      level: number | null;
      /** @description From this person to the nearest F0 */
      path: {
        case_number: string | null;
        /** Format: date-time */
        confirmed_at: string | null;
        /**
         * Format: date
         * @description Day of the contact with the next person on the path
         */
        exposed_on: string | null;
        /** @description Only for persons in the caller's wards */
        full_name: string | null;
        level: number;
        person_ref: string;
        /** @enum {string|null} */
        setting: 'household' | 'work' | 'school' | 'travel' | 'venue' | 'other' | null;
        ward_code: string | null;
      }[];
      person_ref: string;
      ward_code: string | null;
    };
    Pool: {
      /** Format: date-time */
      first_taken_at: string;
      /** @description Every member lives at one address (a larger size limit) */
      household: boolean;
      /** @description Size limit of the rule set in force on the first member day */
      max_size: number;
      members: components['schemas']['PoolMember'][];
      pool_ref: string;
      /**
       * @description Null until the pool has a result
       * @enum {string|null}
       */
      result: 'negative' | 'positive' | 'invalid' | null;
      /** Format: date-time */
      result_at: string | null;
      size: number;
    };
    PoolMember: {
      /**
       * @description The result that decides the member; null while undecided
       * @enum {string|null}
       */
      decision: 'pending' | 'negative' | 'positive' | 'invalid' | null;
      full_name: string;
      person_ref: string;
      /** @description The individual PCR re-sample (positive or invalid pool) */
      resample_ref: string | null;
      /**
       * @description The result known now
       * @enum {string}
       */
      result: 'pending' | 'negative' | 'positive' | 'invalid';
      /** Format: date-time */
      result_at: string | null;
      sample_ref: string;
      /** Format: date-time */
      taken_at: string;
      ward_code: string | null;
    };
    Portal: {
      /** @description The health-declaration forms of the checkpoints active that day (their QR codes’ targets) */
      declaration_forms: {
        checkpoint_code: string;
        name: string;
        url: string;
      }[];
      /**
       * Format: date-time
       * @description When this answer was computed (it is cached a minute)
       */
      generated_at: string;
      hotlines: {
        /** @description Whom the number reaches, as the public reads it */
        label: string;
        /** @description Digits, spaces, dots or dashes; 3–20 characters */
        phone: string;
      }[];
      /** @description Measures in force on that day (Chỉ thị 15/16/19, lockdowns) */
      measures: components['schemas']['ZoningMeasure'][];
      province: {
        code: string;
        name: string;
      };
      /** @description The province's latest issued daily report (null before the first is issued) */
      report: {
        /** Format: date-time */
        as_of: string;
        current: {
          cases_active: number;
          /** @description Confirmed in the 24 hours before the cut-off */
          cases_new: number;
          cases_total: number;
          coverage_dose1_18plus_pct: number | null;
          died: number;
          discharged: number;
          positive: number;
          /** @description Persons in quarantine of any kind at the cut-off */
          quarantine_current: number;
          samples_taken: number;
          vaccination_doses: number;
        };
        /** Format: date-time */
        issued_at: string;
        previous: {
          cases_active: number;
          /** @description Confirmed in the 24 hours before the cut-off */
          cases_new: number;
          cases_total: number;
          coverage_dose1_18plus_pct: number | null;
          died: number;
          discharged: number;
          positive: number;
          /** @description Persons in quarantine of any kind at the cut-off */
          quarantine_current: number;
          samples_taken: number;
          vaccination_doses: number;
        };
        /** Format: date-time */
        previous_as_of: string;
        /** @description The issued report’s number, e.g. 12/BC-BCĐ */
        symbol: string;
      } | null;
      /** @description Risk levels on that day */
      zoning: {
        counts: {
          districts: components['schemas']['LevelCounts'];
          wards: components['schemas']['LevelCounts'];
        };
        /**
         * Format: date
         * @description The report’s day (today when no report is issued)
         */
        day: string;
        province_level: number | null;
        wards: {
          /** @description Its district’s name (null in the 2025 geography) */
          district: string | null;
          level: number | null;
          name: string;
          unit_code: string;
        }[];
      };
    };
    PortalSettings: {
      /** @description The province's own hotline numbers, in the order shown */
      hotlines: {
        /** @description Whom the number reaches, as the public reads it */
        label: string;
        /** @description Digits, spaces, dots or dashes; 3–20 characters */
        phone: string;
      }[];
    };
    PortalSettingsInput: {
      /** @description The province's own hotline numbers, in the order shown */
      hotlines: {
        /** @description Whom the number reaches, as the public reads it */
        label: string;
        /** @description Digits, spaces, dots or dashes; 3–20 characters */
        phone: string;
      }[];
    };
    PublicForm: {
      destinations: {
        code: string;
        district: string | null;
        name: string;
      }[];
      /** @enum {string} */
      form: 'checkpoint' | 'accommodation';
      site: {
        code: string;
        /**
         * @description Administrative map of the province (2025: no districts)
         * @enum {string}
         */
        geography: '2024' | '2025';
        /** @description The checkpoint’s or accommodation’s kind */
        kind: string;
        name: string;
        province_name: string;
        ward_code: string;
        ward_name: string | null;
      };
    };
    QuarantineDueLists: {
      /**
       * Format: date-time
       * @description The last instant of the day in Viet Nam
       */
      cutoff: string;
      /** Format: date */
      date: string;
      sections: {
        count: number;
        /** @description tests_due, ending_today, overdue, f1_without_episode, or a list another module adds */
        key: string;
        rows: components['schemas']['QuarantineDueRow'][];
        title: string;
      }[];
    };
    QuarantineDueRow: {
      address: string | null;
      days_overdue?: number;
      /** Format: date-time */
      end_at?: string | null;
      end_reason?: string | null;
      episode_id?: number;
      facility_code?: string | null;
      follow_on_days?: number | null;
      /** @enum {string|null} */
      follow_on_kind?: 'centralized' | 'home' | 'self_monitoring' | null;
      full_name: string;
      hamlet: string | null;
      /** @enum {string} */
      kind?: 'centralized' | 'home' | 'self_monitoring';
      /**
       * Format: date
       * @description f1_without_episode: last contact with a case
       */
      last_exposed_on?: string | null;
      person_ref: string;
      phone: string | null;
      /** Format: date-time */
      planned_end_at?: string | null;
      rule?: string | null;
      rule_set_name?: string | null;
      /** @description tests_due: a sample was taken that day */
      sampled?: boolean;
      /** Format: date-time */
      start_at?: string;
      /** @description tests_due: day of the phase the test is due */
      test_day?: number;
      ward_code: string | null;
      ward_name: string | null;
    } & {
      [key: string]: unknown;
    };
    QuarantineEpisode: {
      /** Format: date-time */
      end_at: string | null;
      /** @enum {string|null} */
      end_reason: 'completed' | 'confirmed_case' | 'transferred' | 'released_source_negative' | 'other' | null;
      episode_id: number;
      facility_code: string | null;
      full_name: string;
      /** @description Held in another province (its code): not counted in the province's quarantine figures */
      held_in_province: string | null;
      /** @enum {string} */
      kind: 'centralized' | 'home' | 'self_monitoring';
      /** @description Why it was placed in a full or inactive facility */
      override_reason: string | null;
      person_ref: string;
      plan: {
        /**
         * Format: date-time
         * @description Moves and follow-ons continue a course
         */
        course_start_at: string;
        days: number | null;
        /** @description What follows when this (main) episode completes as planned */
        follow_on: {
          days: number | null;
          /** @enum {string} */
          kind: 'centralized' | 'home' | 'self_monitoring';
        } | null;
        follows: {
          episode_id: number;
          /** @enum {string|null} */
          link: 'transfer' | 'follow_on' | null;
        } | null;
        /** @enum {string} */
        phase: 'main' | 'follow_on';
        /** Format: date-time */
        planned_end_at: string | null;
        /** @description Key of the rule applied, e.g. centralized_vaccinated */
        rule: string | null;
        /** @description The rule set in force on the day the course started */
        rule_set: {
          basis: string | null;
          /** Format: date */
          effective_from: string;
          name: string | null;
        } | null;
        tests: {
          /** Format: date */
          date: string;
          /** @description Day of the phase, from 1 */
          day: number;
        }[];
        /** @description Fully vaccinated when the course started */
        vaccinated: boolean;
      };
      /** @description released_source_negative: the F1's sample whose negative result (at end_at) ended it */
      released_by: {
        /** @description The F1 the sample was taken from */
        person_ref: string;
        sample_ref: string;
      } | null;
      /** Format: date-time */
      start_at: string;
      /** @enum {string|null} */
      subject_group: 'abroad' | 'outbreak_area' | 'contact' | 'tet_returnee' | 'screened' | 'other' | null;
      ward_code: string | null;
    };
    QuarantineEpisodeClosed: {
      closed: components['schemas']['QuarantineEpisode'];
      /** @description The follow-on episode */
      opened: components['schemas']['QuarantineEpisode'] | null;
    };
    QuarantineEpisodeMoved: {
      closed: components['schemas']['QuarantineEpisode'];
      /** @description The episode at the new place */
      opened: components['schemas']['QuarantineEpisode'];
    };
    QuarantineReviewRow: {
      centralized: number;
      /** @description Subject group, or unspecified / tested / total */
      group: string;
      home: number;
      label: string;
      self_monitoring: number;
      total: number;
    };
    QuarantineReviewTable: {
      /** Format: date */
      from: string;
      rows: components['schemas']['QuarantineReviewRow'][];
      /** Format: date */
      to: string;
    };
    QuarantineSplits: {
      /** Format: date-time */
      at: string;
      /** @description Persons in centralized quarantine by facility site type (health centres first) */
      centralized: {
        current: number;
        facilities: {
          current: number;
          facility_code: string;
          name: string;
        }[];
        /**
         * @description The facility's site_type; unset counts as other
         * @enum {string}
         */
        site_type: 'health_centre' | 'other';
      }[];
      /** @description Persons in home quarantine by workplace */
      home: {
        current: number;
        /**
         * @description The episode's workplace_type; other when only a workplace is written; none without either
         * @enum {string}
         */
        workplace_type: 'industrial_zone' | 'other' | 'none';
        workplaces: {
          current: number;
          workplace: string;
        }[];
      }[];
    };
    ReportDraft: {
      /**
       * Format: date-time
       * @description The cut-off
       */
      as_of: string;
      /**
       * Format: date-time
       * @description The instant the figures are compared with; null: 24 hours before
       */
      compare_at: string | null;
      /** Format: date-time */
      created_at: string;
      created_by: string;
      draft_id: number;
      /** @enum {string} */
      kind: 'daily';
      narrative: components['schemas']['NarrativeSection'][];
      scope_code: string;
      /** @enum {string} */
      scope_level: 'province' | 'district' | 'ward';
      /** @description The wards the figures cover; null: the whole province */
      scope_wards: string[] | null;
      /**
       * Format: date-time
       * @description The scheduled instant it was drafted for; null when drafted by hand
       */
      slot: string | null;
      /** @enum {string} */
      status: 'draft' | 'issued';
      /**
       * @description The layout: daily, or a seed’s own report (synthesis, situation, border)
       * @enum {string}
       */
      template: 'daily' | 'synthesis' | 'situation' | 'border';
      /** Format: date-time */
      updated_at: string;
      updated_by: string;
    };
    ReportDraftSummary: {
      /**
       * Format: date-time
       * @description The cut-off
       */
      as_of: string;
      /**
       * Format: date-time
       * @description The instant the figures are compared with; null: 24 hours before
       */
      compare_at: string | null;
      /** Format: date-time */
      created_at: string;
      created_by: string;
      draft_id: number;
      /** @enum {string} */
      kind: 'daily';
      scope_code: string;
      /** @enum {string} */
      scope_level: 'province' | 'district' | 'ward';
      /** @description The wards the figures cover; null: the whole province */
      scope_wards: string[] | null;
      /**
       * Format: date-time
       * @description The scheduled instant it was drafted for; null when drafted by hand
       */
      slot: string | null;
      /** @enum {string} */
      status: 'draft' | 'issued';
      /**
       * @description The layout: daily, or a seed’s own report (synthesis, situation, border)
       * @enum {string}
       */
      template: 'daily' | 'synthesis' | 'situation' | 'border';
      /** Format: date-time */
      updated_at: string;
      updated_by: string;
    };
    ReportDraftWithFigures: {
      /**
       * Format: date-time
       * @description The cut-off
       */
      as_of: string;
      /**
       * Format: date-time
       * @description The instant the figures are compared with; null: 24 hours before
       */
      compare_at: string | null;
      /** Format: date-time */
      created_at: string;
      created_by: string;
      draft_id: number;
      /** @description A seed template’s figures, computed now; null for the daily layout */
      figures: components['schemas']['SeedReport'] | null;
      /** @enum {string} */
      kind: 'daily';
      narrative: components['schemas']['NarrativeSection'][];
      /** @description Computed now from the records: it follows late corrections until issued. The figures at the cut-off and at the compare instant (24 hours before for the daily layout) */
      report: components['schemas']['DailyReport'];
      scope_code: string;
      /** @enum {string} */
      scope_level: 'province' | 'district' | 'ward';
      /** @description The wards the figures cover; null: the whole province */
      scope_wards: string[] | null;
      /**
       * Format: date-time
       * @description The scheduled instant it was drafted for; null when drafted by hand
       */
      slot: string | null;
      /** @enum {string} */
      status: 'draft' | 'issued';
      /**
       * @description The layout: daily, or a seed’s own report (synthesis, situation, border)
       * @enum {string}
       */
      template: 'daily' | 'synthesis' | 'situation' | 'border';
      /** Format: date-time */
      updated_at: string;
      updated_by: string;
    };
    ReportFacilityFigure: {
      /** @description null when the facility has no bed count */
      beds: number | null;
      /** @description Persons whose counted open episode is centralized at this facility */
      current: number;
      facility_code: string;
    };
    ReportFigures: {
      cases: {
        /** @description total − discharged − died − transferred_out */
        active: number;
        died: number;
        discharged: number;
        /** @description Confirmed in the period */
        new: number;
        /** @description Of new, detected in the community */
        new_community: number;
        /** @description Persons confirmed at or before T */
        total: number;
        transferred_out: number;
      };
      contacts: {
        /** @description Persons at distance 1 from an active case at T */
        f1: number;
        /** @description Persons at distance 2 */
        f2: number;
      };
      quarantine: {
        /** @description Every quarantine facility, by code */
        by_facility: components['schemas']['ReportFacilityFigure'][];
        /** @description Episodes ended completed in the period */
        completed: number;
        /** @description Persons with an episode open at T, each once, under the latest-started one */
        current: {
          centralized: number;
          home: number;
          self_monitoring: number;
          total: number;
        };
        /** @description Episodes started in the period */
        new: number;
        /** @description Distinct persons with an episode started at or before T */
        persons_cumulative: number;
      };
      testing: {
        invalid: number;
        /** @description Results known at T (own, or a negative/invalid pool’s) */
        negative: number;
        /** @description samples_taken − negative − positive − invalid */
        pending: number;
        positive: number;
        /** @description Samples taken at or before T (a pooled member is one sample) */
        samples_taken: number;
        /** @description Taken in the period */
        samples_taken_new: number;
      };
      treatment: components['schemas']['TreatmentFigures'];
      vaccination: components['schemas']['VaccinationFigures'];
    };
    ReportIssueResult: {
      /**
       * Format: date-time
       * @description The cut-off
       */
      as_of: string;
      draft_id: number;
      /** Format: date-time */
      issued_at: string;
      issued_by: string;
      report_id: number;
      /** @description Số, ký hiệu: "12/BC-BCĐ" */
      symbol: string;
    };
    ReportList: {
      drafts: components['schemas']['ReportDraftSummary'][];
      issued: components['schemas']['IssuedReportSummary'][];
    };
    ReportTemplate: {
      issuing_body: string;
      /** @description Cơ quan chủ quản: "UBND TỈNH HẬU GIANG" */
      issuing_parent: string;
      /** @description Headings of the text a new draft starts with */
      narrative_titles: string[];
      /** @description The number and symbol, {n} the number: "{n}/BC-BCĐ" */
      number_pattern: string;
      place: string;
      recipients: string[];
      /** @description When drafts are made; the cut-off defaults to the time itself */
      schedule: {
        cutoff?: string;
        /**
         * @description The layout of the draft (default daily)
         * @enum {string}
         */
        template?: 'daily' | 'synthesis' | 'situation' | 'border';
        /** @description HH:MM, Viet Nam time */
        time: string;
      }[];
      signer_name: string;
      signer_title: string;
      /** @description The subject line (trích yếu) */
      title: string;
    };
    ResampleItem: {
      address: string | null;
      /** @enum {string|null} */
      decision: 'pending' | 'negative' | 'positive' | 'invalid' | null;
      full_name: string;
      hamlet: string | null;
      person_ref: string;
      phone: string | null;
      pool_ref: string;
      /** @enum {string} */
      pool_result: 'positive' | 'invalid';
      /** Format: date-time */
      pool_result_at: string;
      resample_ref: string | null;
      /** Format: date-time */
      resample_taken_at: string | null;
      /** @description The pooled sample */
      sample_ref: string;
      /** @enum {string} */
      status: 'to_resample' | 'awaiting_result' | 'decided';
      ward_code: string | null;
    };
    ResidentsReport: {
      abroad: {
        /** @description Of total, those with an expected_return_on, by country (ordered by code) */
        expected_by_country: {
          count: number;
          /** @description ISO 3166 alpha-2 */
          country: string;
        }[];
        /** @description Registered residents with returned_on ≤ T (a day counts from its start) */
        returned: number;
        /** @description Registered residents with no returned_on ≤ T (still abroad) */
        total: number;
      };
      /**
       * Format: date-time
       * @description The cut-off T, in Viet Nam time
       */
      at: string;
      /** @description Quarantine episodes of residents held in another province, by province (ordered by code) */
      held_elsewhere: {
        /** @description Episodes held there ended completed at or before T */
        completed: number;
        /** @description Episodes held there open at T */
        current: number;
        province_code: string;
      }[];
    };
    ReviewConferenceTable: {
      /** Format: date */
      from: string;
      rows: {
        centralized: number;
        /** @description Subject group key (abroad, outbreak_area, contact, tet_returnee, screened, other, …), tested, total */
        group: string;
        home: number;
        /** @description The row title, in the reader’s language */
        label: string;
        self_monitoring: number;
        total: number;
      }[];
      /** Format: date */
      to: string;
    };
    ReviewReport: {
      /** @description Tasks, supplies and funds at the end of the period, movements over it */
      command: components['schemas']['CommandSummary'];
      /** @description Directives 15, 16, 19 applied to an area on some day of the period */
      distancing: components['schemas']['ZoningMeasure'][];
      /** @description Entry control over the period (checkpoints at its end) */
      entry: components['schemas']['EntryCounts'];
      /**
       * Format: date
       * @description The first day of the period (2020-01-01, "from the start of the epidemic", when not asked)
       */
      from: string;
      /** @description The period report from 00:00 of `from` to 24:00 of `to` (Viet Nam time): figures at both ends, new cases between */
      period: components['schemas']['PeriodComparison'];
      province_code: string;
      table: components['schemas']['ReviewConferenceTable'];
      /**
       * Format: date
       * @description The last day of the period
       */
      to: string;
    };
    RolePermissions: {
      checkpoint_staff: (
        | 'people.read'
        | 'people.write'
        | 'people.merge'
        | 'geo.read'
        | 'geo.write'
        | 'imports.run'
        | 'reports.read'
        | 'reports.issue'
        | 'audit.read'
        | 'users.manage'
        | 'rules.manage'
        | 'tracing.read'
        | 'tracing.write'
        | 'quarantine.read'
        | 'quarantine.write'
        | 'testing.read'
        | 'testing.write'
        | 'vaccination.read'
        | 'vaccination.write'
        | 'vaccination.manage'
        | 'entry.read'
        | 'entry.write'
        | 'entry.manage'
        | 'entry.followup'
        | 'command.read'
        | 'command.write'
        | 'command.manage'
        | 'zoning.read'
        | 'zoning.write'
        | 'treatment.read'
        | 'treatment.write'
        | 'portal.manage'
      )[];
      commune_officer: (
        | 'people.read'
        | 'people.write'
        | 'people.merge'
        | 'geo.read'
        | 'geo.write'
        | 'imports.run'
        | 'reports.read'
        | 'reports.issue'
        | 'audit.read'
        | 'users.manage'
        | 'rules.manage'
        | 'tracing.read'
        | 'tracing.write'
        | 'quarantine.read'
        | 'quarantine.write'
        | 'testing.read'
        | 'testing.write'
        | 'vaccination.read'
        | 'vaccination.write'
        | 'vaccination.manage'
        | 'entry.read'
        | 'entry.write'
        | 'entry.manage'
        | 'entry.followup'
        | 'command.read'
        | 'command.write'
        | 'command.manage'
        | 'zoning.read'
        | 'zoning.write'
        | 'treatment.read'
        | 'treatment.write'
        | 'portal.manage'
      )[];
      district_officer: (
        | 'people.read'
        | 'people.write'
        | 'people.merge'
        | 'geo.read'
        | 'geo.write'
        | 'imports.run'
        | 'reports.read'
        | 'reports.issue'
        | 'audit.read'
        | 'users.manage'
        | 'rules.manage'
        | 'tracing.read'
        | 'tracing.write'
        | 'quarantine.read'
        | 'quarantine.write'
        | 'testing.read'
        | 'testing.write'
        | 'vaccination.read'
        | 'vaccination.write'
        | 'vaccination.manage'
        | 'entry.read'
        | 'entry.write'
        | 'entry.manage'
        | 'entry.followup'
        | 'command.read'
        | 'command.write'
        | 'command.manage'
        | 'zoning.read'
        | 'zoning.write'
        | 'treatment.read'
        | 'treatment.write'
        | 'portal.manage'
      )[];
      lab_staff: (
        | 'people.read'
        | 'people.write'
        | 'people.merge'
        | 'geo.read'
        | 'geo.write'
        | 'imports.run'
        | 'reports.read'
        | 'reports.issue'
        | 'audit.read'
        | 'users.manage'
        | 'rules.manage'
        | 'tracing.read'
        | 'tracing.write'
        | 'quarantine.read'
        | 'quarantine.write'
        | 'testing.read'
        | 'testing.write'
        | 'vaccination.read'
        | 'vaccination.write'
        | 'vaccination.manage'
        | 'entry.read'
        | 'entry.write'
        | 'entry.manage'
        | 'entry.followup'
        | 'command.read'
        | 'command.write'
        | 'command.manage'
        | 'zoning.read'
        | 'zoning.write'
        | 'treatment.read'
        | 'treatment.write'
        | 'portal.manage'
      )[];
      leader: (
        | 'people.read'
        | 'people.write'
        | 'people.merge'
        | 'geo.read'
        | 'geo.write'
        | 'imports.run'
        | 'reports.read'
        | 'reports.issue'
        | 'audit.read'
        | 'users.manage'
        | 'rules.manage'
        | 'tracing.read'
        | 'tracing.write'
        | 'quarantine.read'
        | 'quarantine.write'
        | 'testing.read'
        | 'testing.write'
        | 'vaccination.read'
        | 'vaccination.write'
        | 'vaccination.manage'
        | 'entry.read'
        | 'entry.write'
        | 'entry.manage'
        | 'entry.followup'
        | 'command.read'
        | 'command.write'
        | 'command.manage'
        | 'zoning.read'
        | 'zoning.write'
        | 'treatment.read'
        | 'treatment.write'
        | 'portal.manage'
      )[];
      province_admin: (
        | 'people.read'
        | 'people.write'
        | 'people.merge'
        | 'geo.read'
        | 'geo.write'
        | 'imports.run'
        | 'reports.read'
        | 'reports.issue'
        | 'audit.read'
        | 'users.manage'
        | 'rules.manage'
        | 'tracing.read'
        | 'tracing.write'
        | 'quarantine.read'
        | 'quarantine.write'
        | 'testing.read'
        | 'testing.write'
        | 'vaccination.read'
        | 'vaccination.write'
        | 'vaccination.manage'
        | 'entry.read'
        | 'entry.write'
        | 'entry.manage'
        | 'entry.followup'
        | 'command.read'
        | 'command.write'
        | 'command.manage'
        | 'zoning.read'
        | 'zoning.write'
        | 'treatment.read'
        | 'treatment.write'
        | 'portal.manage'
      )[];
      province_officer: (
        | 'people.read'
        | 'people.write'
        | 'people.merge'
        | 'geo.read'
        | 'geo.write'
        | 'imports.run'
        | 'reports.read'
        | 'reports.issue'
        | 'audit.read'
        | 'users.manage'
        | 'rules.manage'
        | 'tracing.read'
        | 'tracing.write'
        | 'quarantine.read'
        | 'quarantine.write'
        | 'testing.read'
        | 'testing.write'
        | 'vaccination.read'
        | 'vaccination.write'
        | 'vaccination.manage'
        | 'entry.read'
        | 'entry.write'
        | 'entry.manage'
        | 'entry.followup'
        | 'command.read'
        | 'command.write'
        | 'command.manage'
        | 'zoning.read'
        | 'zoning.write'
        | 'treatment.read'
        | 'treatment.write'
        | 'portal.manage'
      )[];
    };
    Rules: {
      auto_confirm_positive_pcr: boolean;
      /** @description A cluster closes after this many days with no case */
      cluster_close_days: number;
      /** @description Exposures count while exposed_on ≥ T − this */
      contact_window_days: number;
      /** @description Seed 000: an F1's negative result, no other awaited, ends their F2's home and self-monitoring quarantine (default false) */
      f2_release_on_source_negative?: boolean;
      /** @description Days between checks of an F0 at home (default 1) */
      home_check_days?: number;
      /** @description Treatment: percent of tier-1 cases treated at home (default 0) */
      home_share_tier1?: number;
      household_pool_max_size: number;
      /** @description Entry control: follow-ups owed by an arrival from a ward or district of the province at level 4 or under lockdown (default test, quarantine) */
      outbreak_followups?: ('test' | 'quarantine')[];
      pool_max_size: number;
      quarantine: {
        centralized: {
          /** @description Days in the episode's own kind */
          days: number;
          follow_on_days?: number;
          /** @enum {string} */
          follow_on_kind?: 'home' | 'self_monitoring';
          /** @description Sampling days counted from the start (day 1 = the start date) */
          test_days: number[];
        };
        centralized_vaccinated?: {
          /** @description Days in the episode's own kind */
          days: number;
          follow_on_days?: number;
          /** @enum {string} */
          follow_on_kind?: 'home' | 'self_monitoring';
          /** @description Sampling days counted from the start (day 1 = the start date) */
          test_days: number[];
        };
        home: {
          /** @description Days in the episode's own kind */
          days: number;
          follow_on_days?: number;
          /** @enum {string} */
          follow_on_kind?: 'home' | 'self_monitoring';
          /** @description Sampling days counted from the start (day 1 = the start date) */
          test_days: number[];
        };
        home_vaccinated?: {
          /** @description Days in the episode's own kind */
          days: number;
          follow_on_days?: number;
          /** @enum {string} */
          follow_on_kind?: 'home' | 'self_monitoring';
          /** @description Sampling days counted from the start (day 1 = the start date) */
          test_days: number[];
        };
        self_monitoring: {
          /** @description Days in the episode's own kind */
          days: number;
          follow_on_days?: number;
          /** @enum {string} */
          follow_on_kind?: 'home' | 'self_monitoring';
          /** @description Sampling days counted from the start (day 1 = the start date) */
          test_days: number[];
        };
      };
      /** @description Treatment: percent of cases needing each tier (default 80/15/5) */
      severity_mix?: {
        1: number;
        2: number;
        3: number;
      };
      zoning?: {
        /** @description The decision the zoning rule rests on */
        basis?: string;
        coverage: {
          dose1_18plus_pct: number;
          full_50plus_pct: number;
          full_doses: number;
        };
        levels: {
          met: number[];
          not_met: number[];
        };
        /** @enum {string} */
        method: 'rate_matrix' | 'assessed';
        /** @description Band = the number of these values ≤ the rate per 100,000 */
        rate_bands: number[];
        /** @description Community cases counted over this many days ending with D */
        window_days: number;
        zero_level: number;
      };
    };
    RuleSet: {
      /** @description The decision or dispatch it rests on */
      basis: string | null;
      /** Format: date */
      effective_from: string;
      name: string;
      rules: components['schemas']['Rules'];
    };
    RulesInput: {
      auto_confirm_positive_pcr: boolean;
      /** @description A cluster closes after this many days with no case */
      cluster_close_days: number;
      /** @description Exposures count while exposed_on ≥ T − this */
      contact_window_days: number;
      /** @description Seed 000: an F1's negative result, no other awaited, ends their F2's home and self-monitoring quarantine (default false) */
      f2_release_on_source_negative?: boolean;
      /** @description Days between checks of an F0 at home (default 1) */
      home_check_days?: number;
      /** @description Treatment: percent of tier-1 cases treated at home (default 0) */
      home_share_tier1?: number;
      household_pool_max_size: number;
      /** @description Entry control: follow-ups owed by an arrival from a ward or district of the province at level 4 or under lockdown (default test, quarantine) */
      outbreak_followups?: ('test' | 'quarantine')[];
      pool_max_size: number;
      quarantine: {
        centralized: {
          /** @description Days in the episode's own kind */
          days: number;
          follow_on_days?: number;
          /** @enum {string} */
          follow_on_kind?: 'home' | 'self_monitoring';
          /** @description Sampling days counted from the start (day 1 = the start date) */
          test_days: number[];
        };
        centralized_vaccinated?: {
          /** @description Days in the episode's own kind */
          days: number;
          follow_on_days?: number;
          /** @enum {string} */
          follow_on_kind?: 'home' | 'self_monitoring';
          /** @description Sampling days counted from the start (day 1 = the start date) */
          test_days: number[];
        };
        home: {
          /** @description Days in the episode's own kind */
          days: number;
          follow_on_days?: number;
          /** @enum {string} */
          follow_on_kind?: 'home' | 'self_monitoring';
          /** @description Sampling days counted from the start (day 1 = the start date) */
          test_days: number[];
        };
        home_vaccinated?: {
          /** @description Days in the episode's own kind */
          days: number;
          follow_on_days?: number;
          /** @enum {string} */
          follow_on_kind?: 'home' | 'self_monitoring';
          /** @description Sampling days counted from the start (day 1 = the start date) */
          test_days: number[];
        };
        self_monitoring: {
          /** @description Days in the episode's own kind */
          days: number;
          follow_on_days?: number;
          /** @enum {string} */
          follow_on_kind?: 'home' | 'self_monitoring';
          /** @description Sampling days counted from the start (day 1 = the start date) */
          test_days: number[];
        };
      };
      /** @description Treatment: percent of cases needing each tier (default 80/15/5) */
      severity_mix?: {
        1: number;
        2: number;
        3: number;
      };
      zoning?: {
        /** @description The decision the zoning rule rests on */
        basis?: string;
        coverage: {
          dose1_18plus_pct: number;
          full_50plus_pct: number;
          full_doses: number;
        };
        levels: {
          met: number[];
          not_met: number[];
        };
        /** @enum {string} */
        method: 'rate_matrix' | 'assessed';
        /** @description Band = the number of these values ≤ the rate per 100,000 */
        rate_bands: number[];
        /** @description Community cases counted over this many days ending with D */
        window_days: number;
        zero_level: number;
      };
    };
    Sample: {
      /** Format: date-time */
      created_at: string;
      /** @description Ct per target gene, e.g. {"E": 22.1, "N": 24.3}; a single unnamed value under "Ct" */
      ct_values: {
        [key: string]: number;
      } | null;
      earlier_versions: components['schemas']['SampleVersion'][];
      /**
       * @description The result known now: its own, or a negative/invalid pool's
       * @enum {string}
       */
      effective_result: 'pending' | 'negative' | 'positive' | 'invalid';
      /** Format: date-time */
      effective_result_at: string | null;
      full_name: string;
      /** @description lab_code of the lab */
      lab: string | null;
      /** @enum {string} */
      method: 'pcr' | 'rapid_antigen';
      person_ref: string;
      pool_ref: string | null;
      /** @enum {string|null} */
      pool_result: 'negative' | 'positive' | 'invalid' | null;
      /** Format: date-time */
      pool_result_at: string | null;
      /**
       * @description The sample's own result
       * @enum {string}
       */
      result: 'pending' | 'negative' | 'positive' | 'invalid';
      /** Format: date-time */
      result_at: string | null;
      sample_ref: string;
      /** @enum {string|null} */
      specimen: 'nasopharyngeal' | 'oropharyngeal' | 'nasal' | 'saliva' | 'other' | null;
      /** Format: date-time */
      taken_at: string;
      /** Format: date-time */
      updated_at: string;
      /** @description Number of the current result version */
      version: number;
      ward_code: string | null;
    };
    SampleListItem: {
      /** Format: date-time */
      created_at: string;
      /** @description Ct per target gene, e.g. {"E": 22.1, "N": 24.3}; a single unnamed value under "Ct" */
      ct_values: {
        [key: string]: number;
      } | null;
      /**
       * @description The result known now: its own, or a negative/invalid pool's
       * @enum {string}
       */
      effective_result: 'pending' | 'negative' | 'positive' | 'invalid';
      /** Format: date-time */
      effective_result_at: string | null;
      full_name: string;
      /** @description lab_code of the lab */
      lab: string | null;
      /** @enum {string} */
      method: 'pcr' | 'rapid_antigen';
      person_ref: string;
      pool_ref: string | null;
      /**
       * @description The sample's own result
       * @enum {string}
       */
      result: 'pending' | 'negative' | 'positive' | 'invalid';
      /** Format: date-time */
      result_at: string | null;
      sample_ref: string;
      /** @enum {string|null} */
      specimen: 'nasopharyngeal' | 'oropharyngeal' | 'nasal' | 'saliva' | 'other' | null;
      /** Format: date-time */
      taken_at: string;
      /** Format: date-time */
      updated_at: string;
      ward_code: string | null;
    };
    SampleVersion: {
      /** @description Ct per target gene, e.g. {"E": 22.1, "N": 24.3}; a single unnamed value under "Ct" */
      ct_values: {
        [key: string]: number;
      } | null;
      lab: string | null;
      reason: string | null;
      /** @enum {string} */
      result: 'pending' | 'negative' | 'positive' | 'invalid';
      /** Format: date-time */
      result_at: string | null;
      /** Format: date-time */
      superseded_at: string;
      /** @description Who replaced it */
      superseded_by: string;
      /** @description 1 = the first result given */
      version: number;
    };
    ScopedReportTemplate: {
      issuing_body: string;
      /** @description Cơ quan chủ quản: "UBND TỈNH HẬU GIANG" */
      issuing_parent: string;
      /** @description Headings of the text a new draft starts with */
      narrative_titles: string[];
      /** @description The number and symbol, {n} the number: "{n}/BC-BCĐ" */
      number_pattern: string;
      place: string;
      recipients: string[];
      /** @description When drafts are made; the cut-off defaults to the time itself */
      schedule: {
        cutoff?: string;
        /**
         * @description The layout of the draft (default daily)
         * @enum {string}
         */
        template?: 'daily' | 'synthesis' | 'situation' | 'border';
        /** @description HH:MM, Viet Nam time */
        time: string;
      }[];
      scope_code: string;
      /** @enum {string} */
      scope_level: 'province' | 'district' | 'ward';
      signer_name: string;
      signer_title: string;
      /** @description The subject line (trích yếu) */
      title: string;
    };
    ScreeningRound: {
      areas: {
        /** @description Null: the whole ward */
        hamlet: string | null;
        ward_code: string;
      }[];
      campaign: string;
      /** Format: date */
      ends_on: string;
      /**
       * @description Only samples of this method count; null: any
       * @enum {string|null}
       */
      method: 'pcr' | 'rapid_antigen' | null;
      round_code: string;
      round_no: number;
      /** Format: date */
      starts_on: string;
      target_population: number | null;
    };
    ScreeningRoundFigures: {
      areas: {
        /** @description Null: the whole ward */
        hamlet: string | null;
        ward_code: string;
      }[];
      campaign: string;
      /** @description Sampled per 100 of the target population */
      coverage_pct: number | null;
      /** Format: date */
      ends_on: string;
      /**
       * @description Only samples of this method count; null: any
       * @enum {string|null}
       */
      method: 'pcr' | 'rapid_antigen' | null;
      /** @description Persons found positive */
      positive: number;
      /** @description Positive per 100 sampled, cut to 3 decimals */
      positivity_pct: number | null;
      round_code: string;
      round_no: number;
      /** @description Persons sampled in the round */
      sampled: number;
      samples: number;
      /** Format: date */
      starts_on: string;
      target_population: number | null;
    };
    ScreeningRoundReport: {
      areas: {
        /** @description Null: the whole ward */
        hamlet: string | null;
        ward_code: string;
      }[];
      /** Format: date-time */
      as_of: string;
      by_ward: {
        /** @description Persons found positive */
        positive: number;
        /** @description Positive per 100 sampled, cut to 3 decimals */
        positivity_pct: number | null;
        /** @description Persons sampled in the round */
        sampled: number;
        samples: number;
        ward_code: string | null;
        ward_name: string | null;
      }[];
      campaign: string;
      /** @description Sampled per 100 of the target population */
      coverage_pct: number | null;
      /** Format: date */
      ends_on: string;
      /**
       * @description Only samples of this method count; null: any
       * @enum {string|null}
       */
      method: 'pcr' | 'rapid_antigen' | null;
      /** @description Persons found positive */
      positive: number;
      /** @description Positive per 100 sampled, cut to 3 decimals */
      positivity_pct: number | null;
      round_code: string;
      round_no: number;
      /** @description Persons sampled in the round */
      sampled: number;
      samples: number;
      /** Format: date */
      starts_on: string;
      target_population: number | null;
    };
    SeedReport: {
      /** @description For the border template: the arrival cohort from each province on the outbreak list at T, since the day it was listed (seed 004: "người về từ Hà Nội tính từ 20/7") */
      arrivals:
        | {
            /** @description Distinct travellers with a crossing in (not turned back) or a declaration from the origin */
            arrived: number;
            /**
             * Format: date-time
             * @description T, in Viet Nam time
             */
            at: string;
            /** @description Of arrived, with an open episode of this kind at T (one kind per person) */
            centralized: number;
            home: number;
            /** @description The outbreak area (a province) */
            name: string;
            negative: number;
            /** @description A province code (the origin's ward, district or province lies in it), or abroad */
            origin: string;
            /** @description No result at T (an invalid latest result is in none of the three) */
            pending: number;
            /** @description Of sampled, by the latest such sample's result at T */
            positive: number;
            /** @description Of arrived, with a sample taken since their first arrival and ≤ T */
            sampled: number;
            self_monitoring: number;
            /**
             * Format: date
             * @description D: arrivals from the start of this Viet Nam day
             */
            since: string;
            /** @description centralized + home + self_monitoring */
            under_management: number;
          }[]
        | null;
      /** @description At T; received and issued over C < t ≤ T */
      command: components['schemas']['CommandSummary'];
      /** @description At T; over C < t ≤ T for the border template */
      entry: components['schemas']['EntryCounts'] | null;
      period: components['schemas']['PeriodComparison'];
      residents: components['schemas']['ResidentsReport'] | null;
      /** @description Screening rounds as known at T */
      screening: components['schemas']['ScreeningRoundFigures'][] | null;
      /** @description For the synthesis template: centralized quarantine by site type, home quarantine by workplace, at T */
      splits: {
        /** @description Persons in centralized quarantine by facility site type (health centres first) */
        centralized: {
          current: number;
          facilities: {
            current: number;
            facility_code: string;
            name: string;
          }[];
          /**
           * @description The facility's site_type; unset counts as other
           * @enum {string}
           */
          site_type: 'health_centre' | 'other';
        }[];
        /** @description Persons in home quarantine by workplace */
        home: {
          current: number;
          /**
           * @description The episode's workplace_type; other when only a workplace is written; none without either
           * @enum {string}
           */
          workplace_type: 'industrial_zone' | 'other' | 'none';
          workplaces: {
            current: number;
            workplace: string;
          }[];
        }[];
      } | null;
      /** @description For the border template: vaccine allocated, received and administered up to the end of T’s day (seed 004) */
      supply: components['schemas']['VaccineSupplyFigures'] | null;
      /** @enum {string} */
      template: 'synthesis' | 'situation' | 'border';
      /** @description On T’s day against C’s day */
      zoning: components['schemas']['ZoningReport'] | null;
    };
    SeverityObservation: {
      /** Format: date-time */
      observed_at: string;
      /** @enum {string} */
      oxygen: 'none' | 'mask' | 'hfnc' | 'ventilator' | 'ecmo';
      person_ref: string;
      /** @enum {string} */
      severity: 'asymptomatic' | 'mild' | 'moderate' | 'severe' | 'critical';
    };
    SeveritySeriesDay: {
      asymptomatic: number;
      critical: number;
      /** Format: date */
      date: string;
      mild: number;
      moderate: number;
      severe: number;
      unknown: number;
    };
    SignInResult: {
      /** @description Echo it in the x-csrf-token header on every POST, PUT, PATCH and DELETE */
      csrf_token: string;
      username: string;
    };
    StockLine: {
      item: string;
      name: string;
      stock: number;
      store: string;
      unit: string;
    };
    SupplyItem: {
      /** @enum {string} */
      category: 'ppe' | 'disinfectant' | 'test_kit' | 'equipment' | 'medicine' | 'other';
      item: string;
      name: string;
      unit: string;
    };
    SupplyMovement: {
      /** Format: date-time */
      at: string;
      counterparty: string | null;
      item: string;
      /** @enum {string} */
      kind: 'receipt' | 'issue' | 'transfer_out' | 'transfer_in' | 'adjustment';
      movement_ref: string;
      name: string;
      quantity: number;
      /** @enum {string|null} */
      source: 'budget' | 'moh' | 'donation' | 'other' | null;
      store: string;
      unit: string;
    };
    SupplyStore: {
      /** @enum {string} */
      level: 'province' | 'district' | 'facility';
      name: string;
      store: string;
    };
    SupportProgress: {
      approved: number;
      approved_vnd: number;
      /** @description null: beneficiaries without a ward */
      district_code: string | null;
      district_name: string | null;
      paid: number;
      paid_pct: number;
      paid_vnd: number;
      programme: string;
    };
    Task: {
      /** Format: date */
      assigned_on: string;
      assignee: string;
      /** @description The district or ward name for a code, else the department as written */
      assignee_name: string;
      directive_number: string | null;
      /** Format: date */
      done_on: string | null;
      /** Format: date */
      due_on: string | null;
      /** @description Not done nor cancelled and past its deadline (Viet Nam today) */
      overdue: boolean;
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'done' | 'cancelled';
      task_ref: string;
      title: string;
    };
    TaskChange: {
      actor: string;
      /** Format: date-time */
      at: string;
      /** Format: date */
      done_on: string | null;
      note: string | null;
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'done' | 'cancelled';
    };
    TaskDetail: {
      /** Format: date */
      assigned_on: string;
      assignee: string;
      /** @description The district or ward name for a code, else the department as written */
      assignee_name: string;
      directive_number: string | null;
      /** Format: date */
      done_on: string | null;
      /** Format: date */
      due_on: string | null;
      history: components['schemas']['TaskChange'][];
      /** @description Not done nor cancelled and past its deadline (Viet Nam today) */
      overdue: boolean;
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'done' | 'cancelled';
      task_ref: string;
      title: string;
    };
    TestingCounts: {
      invalid: number;
      negative: number;
      pending: number;
      positive: number;
      samples_taken: number;
      /** @description Taken in the 24 hours to the cut-off */
      samples_taken_new: number;
    };
    TestingFigures: {
      /** Format: date-time */
      as_of: string;
      by_method: {
        pcr: components['schemas']['TestingCounts'];
        rapid_antigen: components['schemas']['TestingCounts'];
      };
      /**
       * Format: date-time
       * @description Only samples taken from then on
       */
      from: string | null;
      invalid: number;
      negative: number;
      pcr_capacity: {
        /** @description Single tests a day over active PCR labs */
        capacity_per_day: number;
        labs: number;
        /** @description Pool size in force */
        pool_size: number;
        pooled_capacity_per_day: number;
      };
      pending: number;
      pooled: {
        pools: number;
        pools_positive: number;
        pools_tested: number;
        samples: number;
      };
      positive: number;
      samples_taken: number;
      /** @description Taken in the 24 hours to the cut-off */
      samples_taken_new: number;
    };
    TreatmentBoard: {
      /** Format: date-time */
      at: string;
      /** @description Names and oxygen beds of the facilities in figures.by_facility */
      facilities: {
        facility_code: string;
        name: string;
        oxygen_beds: number | null;
      }[];
      figures: components['schemas']['TreatmentFigures'];
    };
    TreatmentFacilityFigure: {
      beds: number | null;
      /** @description Persons counted under this facility in in_facility */
      current: number;
      facility_code: string;
      icu_beds: number | null;
      /** @description Of current, those whose latest severity is severe or critical */
      icu_current: number;
      /** @description Of current, those counted in on_ventilator */
      on_ventilator: number;
      tier: number | null;
      ventilators: number | null;
    };
    TreatmentFigures: {
      /** @description Active cases by their latest observation at or before T, else the case's own severity */
      active_by_severity: {
        asymptomatic: number;
        critical: number;
        mild: number;
        moderate: number;
        severe: number;
        unknown: number;
      };
      /** @description Persons with a home care episode open at T */
      at_home: number;
      /** @description Every facility of kind treatment/both active on T's date, by code */
      by_facility: components['schemas']['TreatmentFacilityFigure'][];
      by_tier: {
        1: {
          /** @description Beds of the listed facilities of this tier */
          beds: number;
          /** @description Persons in the listed facilities whose episode is of this tier */
          current: number;
        };
        2: {
          /** @description Beds of the listed facilities of this tier */
          beds: number;
          /** @description Persons in the listed facilities whose episode is of this tier */
          current: number;
        };
        3: {
          /** @description Beds of the listed facilities of this tier */
          beds: number;
          /** @description Persons in the listed facilities whose episode is of this tier */
          current: number;
        };
      };
      /** @description Persons with a care episode at a facility open at T (each once, latest-started) */
      in_facility: number;
      /** @description Active cases whose latest observation has oxygen other than 'none' */
      on_oxygen: number;
      /** @description Active cases whose latest observation has oxygen 'ventilator' or 'ecmo' */
      on_ventilator: number;
    };
    UntracedCase: {
      case_number: string | null;
      /** Format: date-time */
      confirmed_at: string;
      /** @enum {string} */
      detected_in: 'community' | 'quarantine' | 'entry';
      full_name: string;
      hamlet: string | null;
      person_ref: string;
      phone: string | null;
      ward_code: string | null;
    };
    User: {
      /** Format: date-time */
      created_at: string;
      disabled: boolean;
      display_name: string;
      /** @enum {string} */
      role:
        | 'province_admin'
        | 'province_officer'
        | 'district_officer'
        | 'commune_officer'
        | 'lab_staff'
        | 'checkpoint_staff'
        | 'leader';
      scope_code: string;
      /** @enum {string} */
      scope_level: 'province' | 'district' | 'ward';
      user_id: number;
      username: string;
    };
    VaccinationCertificate: {
      certificate: components['schemas']['VaccinationCertificateData'];
      /** @description PDVC1.<base64url JSON>.<base64url Ed25519 signature>: the QR code’s text */
      payload: string;
      /** @description The QR code as an SVG document */
      qr_svg: string;
    };
    VaccinationCertificateCheck:
      | {
          certificate: components['schemas']['VaccinationCertificateData'];
          message: string;
          /** @enum {boolean} */
          valid: true;
        }
      | {
          message: string;
          /** @enum {string} */
          reason: 'malformed' | 'unknown_key' | 'bad_signature';
          /** @enum {boolean} */
          valid: false;
        };
    VaccinationCertificateData: {
      /** @description Birth date (YYYY-MM-DD) or year */
      birth: string | null;
      doses: {
        /** Format: date */
        date: string;
        lot: string | null;
        /** @description Dose number */
        n: number;
        product: components['schemas']['VaccineProduct'];
      }[];
      /**
       * Format: date-time
       * @description Issued at
       */
      iat: string;
      /** @description ID number */
      id: string | null;
      /** @description Issuing province code */
      iss: string;
      /** @description Key id: the first 12 base64url characters of the public key’s SHA-256 */
      kid: string;
      name: string;
      /** @description Person ref */
      ref: string;
      /** @enum {number} */
      v: 1;
    };
    VaccinationCoverage: {
      dose1_18plus_pct: number | null;
      dose1_pct: number | null;
      dose2_18plus_pct: number | null;
      dose2_pct: number | null;
      dose3_18plus_pct: number | null;
      dose3_pct: number | null;
      persons_dose1: number;
      persons_dose1_18plus: number;
      persons_dose2: number;
      persons_dose2_18plus: number;
      persons_dose3: number;
      persons_dose3_18plus: number;
      /** @description null when no population is loaded for the unit */
      population: number | null;
      population_18plus: number | null;
      /** @description Ward, district or province code; null: persons without a known ward */
      unit_code: string | null;
      unit_name: string | null;
    };
    VaccinationFigures: {
      /** @description Persons 18+ with dose 1 over the population 18+ ×100, 2 decimals; null when no population is loaded */
      coverage_dose1_18plus_pct: number | null;
      /** @description Doses given on or before the day of the cut-off */
      doses: number;
      /** @description Persons with a dose numbered 1 or more */
      persons_dose1: number;
      persons_dose2: number;
      persons_dose3: number;
    };
    VaccinationRound: {
      /** Format: date */
      ends_on: string | null;
      name: string;
      note: string | null;
      round_code: string;
      /** @description Empty: the round runs at every site */
      site_codes: string[];
      /** Format: date */
      starts_on: string;
      target_groups: string[];
    };
    VaccinationSite: {
      /** @enum {string} */
      kind: 'store' | 'site';
      name: string;
      site_code: string;
      ward_code: string;
    };
    VaccineAllocation: {
      allocation_id: number;
      /** Format: date */
      decided_on: string;
      decision_number: string;
      note: string | null;
      product: components['schemas']['VaccineProduct'];
      /** @description Doses */
      quantity: number;
      round_code: string | null;
      /** @description The province, district or site code */
      target_code: string;
      /** @enum {string} */
      target_level: 'province' | 'district' | 'site';
    };
    /** @enum {string} */
    VaccineProduct: 'astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other';
    VaccineSchedule: {
      /** @description The document the schedule follows */
      basis: string | null;
      /** @description Products allowed for a booster after this product */
      boost_with: components['schemas']['VaccineProduct'][];
      booster_doses: number;
      booster_max_days: number;
      booster_min_days: number;
      /** Format: date */
      effective_from: string;
      /** @description Days between primary doses: later is overdue */
      max_interval_days: number;
      /** @description Days between primary doses: earlier is flagged "early" */
      min_interval_days: number;
      /** @description Other products allowed for the next primary dose */
      mix_with: components['schemas']['VaccineProduct'][];
      name: string;
      primary_doses: number;
      product: components['schemas']['VaccineProduct'];
    };
    VaccineStockLevel: {
      adjusted: number;
      administered: number;
      balance: number;
      expired: boolean;
      /** Format: date */
      expires_on: string;
      lot: string;
      product: components['schemas']['VaccineProduct'];
      received: number;
      site_code: string;
      /** @enum {string} */
      site_kind: 'store' | 'site';
      site_name: string;
      transferred_in: number;
      transferred_out: number;
      ward_code: string;
      wasted: number;
    };
    VaccineStockMove: {
      allocation_id: number | null;
      document: string | null;
      /** @enum {string} */
      kind: 'receipt' | 'transfer' | 'wastage' | 'adjustment';
      lot: string;
      move_id: number;
      /** Format: date */
      moved_on: string;
      product: components['schemas']['VaccineProduct'];
      /** @description Doses; an adjustment may be negative */
      quantity: number;
      reason: string | null;
      site_code: string;
      to_site_code: string | null;
    };
    VaccineSupplyFigures: {
      administered: number;
      /** @description Administered over received ×100, 2 decimals; null with none received */
      administered_pct_of_received: number | null;
      allocated: number;
      dose1: number;
      dose2: number;
      dose3_plus: number;
      received: number;
      wasted: number;
    };
    VaccineSupplySummary: {
      /**
       * Format: date
       * @description At the end of this day
       */
      as_of: string;
      by_product: {
        administered: number;
        /** @description Administered over received ×100, 2 decimals; null with none received */
        administered_pct_of_received: number | null;
        allocated: number;
        dose1: number;
        dose2: number;
        dose3_plus: number;
        product: components['schemas']['VaccineProduct'];
        received: number;
        wasted: number;
      }[];
      by_round: {
        administered: number;
        /** @description Administered over received ×100, 2 decimals; null with none received */
        administered_pct_of_received: number | null;
        allocated: number;
        dose1: number;
        dose2: number;
        dose3_plus: number;
        product: components['schemas']['VaccineProduct'];
        received: number;
        /** @description null: doses and receipts outside any round */
        round_code: string | null;
        round_name: string | null;
        wasted: number;
      }[];
      total: components['schemas']['VaccineSupplyFigures'];
    };
    WardFigures: {
      /** @description Confirmed at or before T with no outcome at or before T */
      cases_active: number;
      /** @description Persons confirmed in the period P < t ≤ T */
      cases_new: number;
      /** @description Of cases_new, those detected in the community */
      cases_new_community: number;
      /** @description Persons confirmed at or before T */
      cases_total: number;
      /** @description Persons whose F-level at T is 1 (the daily report’s contacts.f1; never a confirmed person) */
      contacts_f1: number;
      /** @description Persons whose F-level at T is 2 (contacts.f2) */
      contacts_f2: number;
      /** @description dose1_18plus / population_18plus × 100, 2 decimals; null when no adult population */
      coverage_dose1_18plus_pct: number | null;
      /** @description Persons who died at or before T */
      died: number;
      /** @description Persons discharged at or before T */
      discharged: number;
      /** @description Persons aged 18+ at T with a first dose given at or before T */
      dose1_18plus: number;
      /** @description Doses given at or before T (a dose counts from the start of its day) */
      doses: number;
      /** @description The ward’s population; null when not loaded */
      population: number | null;
      /** @description Aged 18+; null when not loaded */
      population_18plus: number | null;
      /** @description Positive results that arrived in the period */
      positive_new: number;
      /** @description positive_new / results_new × 100, 2 decimals; null when 0 results */
      positivity_pct: number | null;
      /** @description Persons with a quarantine episode (any kind) open at T, each once */
      quarantine_current: number;
      /** @description Quarantine episodes started in the period */
      quarantine_new: number;
      /** @description Results (negative, positive, invalid) that arrived in the period */
      results_new: number;
      /** @description Samples taken at or before T */
      samples_taken: number;
      /** @description Samples taken in the period */
      samples_taken_new: number;
      /** @description The ward of residence of the persons counted */
      ward_code: string;
    };
    WardMapping: {
      /**
       * @description partial: the old ward was split between several new ones
       * @enum {string}
       */
      merge: 'full' | 'partial';
      new_name: string;
      /** @description 2025 ward code */
      new_ward_code: string;
      old_name: string;
      /** @description 2024 ward code */
      old_ward_code: string;
    };
    WardPopulation: {
      population: number;
      /** @description Adults (18 and over), when known */
      population_18plus: number | null;
      /** @description Aged 50 and over, when known (zoning coverage) */
      population_50plus: number | null;
      ward_code: string;
      /** @description Full name of the unit; null when the code is in no geography */
      ward_name: string | null;
    };
    WardShapesUploadInput: {
      /** @description Features {type: "Feature", properties: {ward_code}, geometry: Polygon | MultiPolygon} */
      features: unknown[];
      /** @enum {string} */
      type: 'FeatureCollection';
    };
    WeeklyProgress: {
      rows: {
        assignee: string;
        assignee_name: string;
        weeks: {
          assigned: number;
          done: number;
          open_at_end: number;
        }[];
      }[];
      weeks: {
        /** Format: date */
        week_end: string;
        /** Format: date */
        week_start: string;
      }[];
    };
    ZoningDays: {
      counts: {
        /** Format: date */
        day: string;
        districts: components['schemas']['LevelCounts'];
        wards: components['schemas']['LevelCounts'];
      }[];
      days: string[];
      districts: {
        levels: (number | null)[];
        unit_code: string;
      }[];
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
      wards: {
        levels: (number | null)[];
        unit_code: string;
      }[];
    };
    ZoningDecision: {
      decision_number: string | null;
      /** Format: date */
      from_date: string;
      /** @description 1 green, 2 yellow, 3 orange, 4 red */
      level: number;
      reason: string | null;
      /** @enum {string} */
      tier: 'province' | 'district' | 'ward';
      /** Format: date */
      to_date: string | null;
      unit_code: string;
      unit_name: string;
    };
    ZoningMeasure: {
      decision_number: string | null;
      /** Format: date */
      from_date: string;
      /**
       * @description Chỉ thị 15/16/19, lockdown of an area, or another measure
       * @enum {string}
       */
      measure: 'ct15' | 'ct16' | 'ct19' | 'lockdown' | 'other';
      note: string | null;
      /** @enum {string} */
      tier: 'province' | 'district' | 'ward';
      /** Format: date */
      to_date: string | null;
      unit_code: string;
      unit_name: string;
    };
    ZoningReport: {
      /** Format: date */
      at: string;
      changed: {
        /** @description 1 green, 2 yellow, 3 orange, 4 red */
        from: number | null;
        /** @enum {string} */
        tier: 'province' | 'district' | 'ward';
        /** @description 1 green, 2 yellow, 3 orange, 4 red */
        to: number | null;
        unit_code: string;
      }[];
      /** Format: date */
      compare_at: string | null;
      counts: {
        districts: components['schemas']['LevelCounts'];
        wards: components['schemas']['LevelCounts'];
      };
      counts_compare: {
        districts: components['schemas']['LevelCounts'];
        wards: components['schemas']['LevelCounts'];
      } | null;
      districts: components['schemas']['ZoningUnit'][];
      province: components['schemas']['ZoningUnit'];
      province_code: string;
      rule_set: {
        /** Format: date */
        effective_from: string | null;
        /** @enum {string} */
        method: 'rate_matrix' | 'assessed';
      };
      wards: components['schemas']['ZoningUnit'][];
    };
    ZoningUnit: {
      /** @description Community cases confirmed in the window ending with the day */
      community_cases_7d: number;
      /** @description From the figures and the rule set (or rolled up, "assessed") */
      computed_level: number | null;
      coverage_dose1_18plus_pct: number | null;
      coverage_full_50plus_pct: number | null;
      coverage_met: boolean;
      decision: {
        decision_number: string | null;
        /** Format: date */
        from_date: string;
        reason: string | null;
      } | null;
      /** @description The decision’s level if one is in force, else computed_level */
      level: number | null;
      /** @description In force on the day on the unit or any unit above it, sorted, distinct */
      measures: ('ct15' | 'ct16' | 'ct19' | 'lockdown' | 'other')[];
      name: string;
      population: number | null;
      rate_per_100k: number | null;
      /** @enum {string} */
      source: 'decision' | 'computed';
      unit_code: string;
    };
  };
  responses: never;
  parameters: {
    /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
    CsrfToken: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listAuditEntries: {
    parameters: {
      query?: {
        entity?: string;
        key?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntry'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
          username: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInResult'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many requests: wait and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCurrentUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CurrentUser'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listApiTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiTokenInfo'][];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createApiToken: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Days until the token expires; 90 when left out */
          expires_in_days?: number;
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiToken'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  revokeApiToken: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCases: {
    parameters: {
      query?: {
        active_at?: string;
        from?: string;
        limit?: number;
        to?: string;
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseListItem'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          case_number?: string | null;
          confirmed_at: string;
          /** @enum {string} */
          detected_in?: 'community' | 'quarantine' | 'entry';
          person_ref: string;
          /** @enum {string|null} */
          severity?: 'asymptomatic' | 'mild' | 'moderate' | 'severe' | 'critical' | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteCase: {
    parameters: {
      query: {
        reason: string;
      };
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          case_number?: string | null;
          confirmed_at?: string;
          /** @enum {string} */
          detected_in?: 'community' | 'quarantine' | 'entry';
          /** @enum {string} */
          severity?: 'asymptomatic' | 'mild' | 'moderate' | 'severe' | 'critical';
          severity_at?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Case'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putCaseOutcome: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        outcome: 'discharged' | 'died' | 'transferred_out';
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          at: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseOutcome'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteCaseOutcome: {
    parameters: {
      query: {
        reason: string;
      };
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        outcome: 'discharged' | 'died' | 'transferred_out';
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  confirmCasesFromSamples: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          sample_refs?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConfirmedCount'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listClusters: {
    parameters: {
      query?: {
        min_cases?: number;
        on?: string;
        status?: 'active' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Cluster'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createDeclaredCluster: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          case_refs?: string[];
          /** Format: date */
          ended_on?: string | null;
          name: string;
          place?: string | null;
          /** Format: date */
          started_on: string;
          ward_code?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclaredCluster'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  addClusterCases: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          case_refs: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteClusterCase: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        id: number;
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getClusterGraph: {
    parameters: {
      query?: {
        on?: string;
      };
      header?: never;
      path: {
        id: string;
        kind: 'linked' | 'declared';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClusterGraph'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listDirectives: {
    parameters: {
      query?: {
        kind?: 'chi_thi' | 'cong_dien' | 'cong_van' | 'ke_hoach' | 'quyet_dinh' | 'thong_bao' | 'nghi_quyet' | 'other';
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Directive'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createDirective: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          issued_on: string;
          issuer: string;
          /**
           * @default other
           * @enum {string}
           */
          kind?:
            'chi_thi' | 'cong_dien' | 'cong_van' | 'ke_hoach' | 'quyet_dinh' | 'thong_bao' | 'nghi_quyet' | 'other';
          /** @enum {string|null} */
          level?: 'national' | 'province' | 'district' | null;
          number: string;
          subject: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Directive'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadDirectivesXlsx: {
    parameters: {
      query?: {
        kind?: 'chi_thi' | 'cong_dien' | 'cong_van' | 'ke_hoach' | 'quyet_dinh' | 'thong_bao' | 'nghi_quyet' | 'other';
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The list */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDirective: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Directive'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadDirectiveFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file as uploaded */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': Blob;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  attachDirectiveFile: {
    parameters: {
      query: {
        name: string;
      };
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        number: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': unknown;
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Directive'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listFunds: {
    parameters: {
      query?: {
        kind?: 'allocation' | 'donation' | 'spending';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fund'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  addFund: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount_vnd: number;
          /** Format: date-time */
          at: string;
          fund_ref?: string;
          /** @enum {string} */
          kind: 'allocation' | 'donation' | 'spending';
          purpose?: string | null;
          source?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Fund'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadFundsXlsx: {
    parameters: {
      query?: {
        kind?: 'allocation' | 'donation' | 'spending';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The list */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listDonors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Donor'][];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCommandSummary: {
    parameters: {
      query: {
        at: string;
        format?: 'json' | 'html' | 'docx' | 'xlsx';
        from?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The summary: JSON, or rendered as ?format= asks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommandSummary'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Blob;
          'text/html': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listSupplyItems: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupplyItem'][];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putSupplyItem: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @default other
           * @enum {string}
           */
          category?: 'ppe' | 'disinfectant' | 'test_kit' | 'equipment' | 'medicine' | 'other';
          name: string;
          unit: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupplyItem'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listSupplyMovements: {
    parameters: {
      query?: {
        item?: string;
        limit?: number;
        store?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupplyMovement'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  addSupplyMovement: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          at: string;
          counterparty?: string | null;
          item: string;
          /** @enum {string} */
          kind: 'receipt' | 'issue' | 'transfer' | 'adjustment';
          movement_ref?: string;
          quantity: number;
          /** @enum {string|null} */
          source?: 'budget' | 'moh' | 'donation' | 'other' | null;
          store: string;
          to_store?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupplyMovement'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadSupplyMovementsXlsx: {
    parameters: {
      query?: {
        item?: string;
        limit?: number;
        store?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The list */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSupplyStock: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StockLine'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadSupplyStockXlsx: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The list */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listSupplyStores: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupplyStore'][];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listBeneficiaries: {
    parameters: {
      query?: {
        district?: string;
        limit?: number;
        programme?: string;
        unpaid?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Beneficiary'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSupportProgress: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SupportProgress'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadSupportProgressXlsx: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The list */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listTasks: {
    parameters: {
      query?: {
        assignee?: string;
        directive_number?: string;
        overdue?: 'true' | 'false';
        status?: 'open' | 'in_progress' | 'done' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createTask: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          assigned_on: string;
          assignee: string;
          directive_number?: string | null;
          /** Format: date */
          due_on?: string | null;
          task_ref?: string;
          title: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDetail'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadTasksXlsx: {
    parameters: {
      query?: {
        assignee?: string;
        directive_number?: string;
        overdue?: 'true' | 'false';
        status?: 'open' | 'in_progress' | 'done' | 'cancelled';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The list */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDetail'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateTask: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          assignee?: string;
          /** Format: date */
          done_on?: string | null;
          /** Format: date */
          due_on?: string | null;
          note?: string | null;
          /** @enum {string} */
          status?: 'open' | 'in_progress' | 'done' | 'cancelled';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDetail'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createTasksFromConclusions: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          directive_number?: string | null;
          /** Format: date */
          held_on: string;
          lines: {
            assignee: string;
            /** Format: date */
            due_on?: string | null;
            title: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Task'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getWeeklyProgress: {
    parameters: {
      query?: {
        date?: string;
        weeks?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WeeklyProgress'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listAccommodations: {
    parameters: {
      query?: {
        kind?: string;
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Accommodation'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createAccommodation: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          accommodation_code: string;
          address?: string | null;
          /** @enum {string} */
          kind: 'hotel' | 'guest_house' | 'homestay' | 'other';
          name: string;
          phone?: string | null;
          rooms?: number | null;
          ward_code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccommodationRecord'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateAccommodation: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          accommodation_code?: string;
          address?: string | null;
          /** @enum {string} */
          kind?: 'hotel' | 'guest_house' | 'homestay' | 'other';
          name?: string;
          phone?: string | null;
          rooms?: number | null;
          rotate_token?: boolean;
          ward_code?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccommodationRecord'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getAccommodationLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The host's reporting page, token included */
            url: string;
          };
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCheckpoints: {
    parameters: {
      query?: {
        kind?: string;
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Checkpoint'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createCheckpoint: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          active_from?: string | null;
          /** Format: date */
          active_to?: string | null;
          border?: string | null;
          checkpoint_code: string;
          /** @enum {string} */
          kind: 'checkpoint' | 'border_post' | 'airport' | 'station' | 'other';
          latitude?: number | null;
          location?: string | null;
          longitude?: number | null;
          /** @enum {string} */
          mobility?: 'fixed' | 'mobile';
          /** @enum {string} */
          mode?: 'road' | 'air' | 'water' | 'rail';
          name: string;
          ward_code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointRecord'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateCheckpoint: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          active_from?: string | null;
          /** Format: date */
          active_to?: string | null;
          border?: string | null;
          checkpoint_code?: string;
          /** @enum {string} */
          kind?: 'checkpoint' | 'border_post' | 'airport' | 'station' | 'other';
          latitude?: number | null;
          location?: string | null;
          longitude?: number | null;
          /** @enum {string} */
          mobility?: 'fixed' | 'mobile';
          /** @enum {string} */
          mode?: 'road' | 'air' | 'water' | 'rail';
          name?: string;
          rotate_token?: boolean;
          ward_code?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointRecord'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadCheckpointQrCode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
        format: 'svg' | 'png';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The QR code; its target is also in the x-form-url header */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'image/png': Blob;
          'image/svg+xml': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCheckpointShifts: {
    parameters: {
      query?: {
        from?: string;
        to?: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointShift'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createCheckpointShift: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          ends_at: string;
          /** @enum {string} */
          force: 'border_guard' | 'military' | 'militia' | 'police' | 'health' | 'volunteer' | 'other';
          leader?: string | null;
          note?: string | null;
          staff: number;
          /** Format: date-time */
          starts_at: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointShiftRecord'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCheckpointDailyCounts: {
    parameters: {
      query: {
        checkpoint_code?: string;
        from: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckpointDay'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getArrivalCohort: {
    parameters: {
      query?: {
        /** @description T, an ISO instant with offset */
        at?: string;
        format?: 'json' | 'html' | 'docx' | 'xlsx';
        /** @description A province code (GSO), or abroad */
        origin?: string;
        /** @description D, YYYY-MM-DD: arrivals from the start of that day */
        since?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The figures: JSON, or rendered as ?format= asks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortFigures'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Blob;
          'text/html': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getEntryCounts: {
    parameters: {
      query: {
        at: string;
        since?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntryCounts'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCrossings: {
    parameters: {
      query?: {
        checkpoint_code?: string;
        decision?: 'allowed' | 'quarantine' | 'turned_back';
        from?: string;
        limit?: number;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CrossingSummary'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createCrossing: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          birth_year?: number | null;
          checkpoint_code: string;
          /** Format: date-time */
          crossed_at?: string;
          /** @enum {string} */
          decision: 'allowed' | 'quarantine' | 'turned_back';
          declaration_ref?: string;
          /** @enum {string} */
          direction?: 'in' | 'out';
          from_country?: string | null;
          from_district?: string | null;
          from_place?: string | null;
          from_province?: string | null;
          from_ward?: string | null;
          full_name?: string | null;
          id_number?: string | null;
          /** @enum {string} */
          mode?: 'road' | 'air' | 'water' | 'rail';
          nationality?: string | null;
          note?: string | null;
          person_ref?: string;
          phone?: string | null;
          /** @enum {string} */
          purpose: 'return_home' | 'work' | 'goods' | 'transit' | 'official' | 'medical' | 'tourism' | 'other';
          /** @enum {string|null} */
          rapid_test?: 'negative' | 'positive' | 'invalid' | null;
          /** @enum {string|null} */
          sex?: 'M' | 'F' | null;
          to_place?: string | null;
          to_ward_code?: string | null;
          vehicle_plate?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CrossingRecord'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listDeclarations: {
    parameters: {
      query?: {
        accommodation_code?: string;
        checkpoint_code?: string;
        from?: string;
        limit?: number;
        outbreak_only?: string;
        q?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclarationSummary'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createDeclaration: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          accommodation_code?: string | null;
          birth_year?: number | null;
          /**
           * @default paper
           * @enum {string}
           */
          channel?: 'paper' | 'app' | 'accommodation' | 'other';
          /** Format: date-time */
          check_out_at?: string | null;
          checkpoint_code?: string | null;
          contact_case?: boolean;
          /** Format: date-time */
          declared_at?: string;
          from_country?: string | null;
          from_district?: string | null;
          from_place?: string | null;
          from_province?: string | null;
          from_ward?: string | null;
          full_name?: string | null;
          id_number?: string | null;
          /** @enum {string|null} */
          lang?: 'vi' | 'en' | null;
          nationality?: string | null;
          phone?: string | null;
          room?: string | null;
          /** @enum {string|null} */
          sex?: 'M' | 'F' | null;
          symptoms?: ('fever' | 'cough' | 'breathing' | 'sore_throat' | 'taste_smell' | 'fatigue')[];
          to_place?: string | null;
          to_ward_code?: string | null;
          /** @enum {string|null} */
          travel_mode?: 'road' | 'air' | 'water' | 'rail' | null;
          vehicle_plate?: string | null;
        };
      };
    };
    responses: {
      /** @description Sent before: the first receipt (duplicate: true) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclarationReceipt'];
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclarationReceipt'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDeclaration: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclarationSummary'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  matchDeclarations: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Declarations newly linked */
            linked: number;
          };
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listFollowups: {
    parameters: {
      query?: {
        due_until?: string;
        kind?: 'test' | 'quarantine';
        limit?: number;
        status?: 'open' | 'done' | 'cancelled';
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntryFollowup'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateFollowup: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note?: string;
          /** @enum {string} */
          status: 'open' | 'done' | 'cancelled';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntryFollowupRecord'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listIncidents: {
    parameters: {
      query?: {
        from?: string;
        kind?: string;
        limit?: number;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntryIncident'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createIncident: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          border?: string | null;
          checkpoint_code?: string | null;
          /** @enum {string} */
          handling: 'quarantine' | 'returned' | 'prosecuted' | 'fined' | 'released' | 'other';
          handling_note?: string | null;
          /** @enum {string} */
          kind: 'illegal_entry' | 'received_from_neighbour' | 'returned_to_neighbour';
          /** Format: date-time */
          occurred_at: string;
          people: number;
          place: string;
          ward_code?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntryIncidentRecord'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listOutbreakAreas: {
    parameters: {
      query?: {
        on?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutbreakArea'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createOutbreakArea: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          area_code: string;
          basis?: string | null;
          /** Format: date */
          effective_from: string;
          /** Format: date */
          effective_to?: string | null;
          followups?: ('test' | 'quarantine')[];
          /** @enum {string} */
          level: 'country' | 'province' | 'district' | 'ward';
          name?: string;
          zone_level?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutbreakArea'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateOutbreakArea: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          area_code?: string;
          basis?: string | null;
          /** Format: date */
          effective_from?: string;
          /** Format: date */
          effective_to?: string | null;
          followups?: ('test' | 'quarantine')[];
          /** @enum {string} */
          level?: 'country' | 'province' | 'district' | 'ward';
          name?: string;
          zone_level?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutbreakArea'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  checkOutbreakOrigin: {
    parameters: {
      query: {
        day: string;
        from_country?: string;
        from_district?: string;
        from_province?: string;
        from_ward?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OriginCheck'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listViolations: {
    parameters: {
      query?: {
        from?: string;
        kind?: string;
        limit?: number;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntryViolation'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createViolation: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          decision_ref?: string | null;
          declaration_ref?: string | null;
          fine_vnd?: number | null;
          /** @enum {string} */
          kind: 'false_declaration' | 'no_mask' | 'leaving_quarantine' | 'false_information_online' | 'other';
          note?: string | null;
          /** Format: date-time */
          occurred_at: string;
          offender_name?: string | null;
          person_ref?: string | null;
          place?: string | null;
          ward_code?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntryViolationRecord'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadDistrictBoundaries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A GeoJSON FeatureCollection, one feature per district */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/geo+json': Blob;
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listHamlets: {
    parameters: {
      query?: {
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Hamlet'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createHamlet: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          ward_code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Hamlet'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listWardMappings: {
    parameters: {
      query?: {
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WardMapping'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listWardPopulation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WardPopulation'][];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listAdminUnits: {
    parameters: {
      query?: {
        geography?: '2024' | '2025';
        level?: 'province' | 'district' | 'ward';
        parent?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminUnit'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadWardBoundaries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A GeoJSON FeatureCollection, one feature per ward with a shape */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/geo+json': Blob;
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putWardBoundaries: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WardShapesUploadInput'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Wards whose shape was stored */
            wards: number;
          };
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Health'];
        };
      };
    };
  };
  importFile: {
    parameters: {
      query?: {
        /** @description The file name, kept with the import in the audit log */
        file_name?: string;
        /** @description Write the valid rows even when some are rejected */
        partial?: string;
      };
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        kind: string;
      };
      cookie?: never;
    };
    /** @description The CSV (UTF-8, header row) or the workbook (first sheet) */
    requestBody: {
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        'text/csv': Blob;
      };
    };
    responses: {
      /** @description Every row imported; or, with Accept: application/x-ndjson, the progress lines and the result */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResult'];
          'application/x-ndjson': components['schemas']['ImportProgressLine'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description The request (an upload) did not arrive in time */
      408: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rows rejected: nothing written, or (partial=true) the valid rows written */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResult'];
        };
      };
    };
  };
  downloadImportTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        kind: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The header row (UTF-8 with BOM), required columns first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listImportKinds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportKindInfo'][];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDeclarationPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The form page; its script reads the token (t) from the address */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': Blob;
        };
      };
    };
  };
  getGuestReportPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The form page; its script reads the token (t) from the address */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': Blob;
        };
      };
    };
  };
  searchPersons: {
    parameters: {
      query?: {
        limit?: number;
        q?: string;
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonSummary'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createPerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: string;
          /** Format: date */
          birth_date?: string;
          birth_year?: number;
          full_name: string;
          hamlet?: string;
          id_number?: string;
          nationality?: string;
          person_ref: string;
          phone?: string;
          /** @enum {string} */
          sex?: 'M' | 'F';
          ward_code?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonSummary'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Person'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updatePerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: string | null;
          /** Format: date */
          birth_date?: string;
          birth_year?: number | null;
          full_name?: string;
          hamlet?: string | null;
          id_number?: string | null;
          nationality?: string;
          phone?: string | null;
          /** @enum {string} */
          sex?: 'M' | 'F';
          ward_code?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonSummary'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createExposure: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          contact_ref: string;
          /** Format: date */
          exposed_on: string;
          /** @enum {string|null} */
          setting?: 'household' | 'work' | 'school' | 'travel' | 'venue' | 'other' | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Exposure'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteExposure: {
    parameters: {
      query: {
        reason: string;
      };
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        contact_ref: string;
        exposed_on: string;
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPersonGraph: {
    parameters: {
      query?: {
        at?: string;
        depth?: number;
      };
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactGraph'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listPersonMerges: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonMerge'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPersonTracing: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonTracing'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listDuplicatePersons: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DuplicatePair'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadPersons: {
    parameters: {
      query?: {
        limit?: number;
        q?: string;
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The persons found, one per line */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  mergePersons: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          keep_ref: string;
          merge_ref: string;
          reason?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonSummary'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  markNotDuplicates: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          a_ref: string;
          b_ref: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPortalSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortalSettings'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putPortalSettings: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PortalSettingsInput'];
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PortalSettings'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  reportGuest: {
    parameters: {
      query: {
        t: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          birth_year?: number | null;
          /** Format: date-time */
          check_out_at?: string | null;
          contact_case?: boolean;
          /** Format: date-time */
          declared_at?: string;
          from_country?: string | null;
          from_district?: string | null;
          from_place?: string | null;
          from_province?: string | null;
          from_ward?: string | null;
          full_name?: string | null;
          id_number?: string | null;
          /** @enum {string|null} */
          lang?: 'vi' | 'en' | null;
          nationality?: string | null;
          phone?: string | null;
          room?: string | null;
          /** @enum {string|null} */
          sex?: 'M' | 'F' | null;
          symptoms?: ('fever' | 'cough' | 'breathing' | 'sore_throat' | 'taste_smell' | 'fatigue')[];
          to_place?: string | null;
          to_ward_code?: string | null;
          /** @enum {string|null} */
          travel_mode?: 'road' | 'air' | 'water' | 'rail' | null;
          vehicle_plate?: string | null;
          website?: string;
        };
      };
    };
    responses: {
      /** @description Sent before: the first receipt (duplicate: true) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclarationReceipt'];
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclarationReceipt'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many requests: wait and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  importGuests: {
    parameters: {
      query: {
        t: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuestImportResult'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Rows rejected: nothing stored */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuestImportResult'];
        };
      };
      /** @description Too many requests: wait and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  submitDeclaration: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          birth_year?: number | null;
          checkpoint_code: string;
          contact_case?: boolean;
          from_country?: string | null;
          from_district?: string | null;
          from_place?: string | null;
          from_province?: string | null;
          from_ward?: string | null;
          full_name?: string | null;
          id_number?: string | null;
          /** @enum {string|null} */
          lang?: 'vi' | 'en' | null;
          nationality?: string | null;
          phone?: string | null;
          /** @enum {string|null} */
          sex?: 'M' | 'F' | null;
          symptoms?: ('fever' | 'cough' | 'breathing' | 'sore_throat' | 'taste_smell' | 'fatigue')[];
          t: string;
          to_place?: string | null;
          to_ward_code?: string | null;
          /** @enum {string|null} */
          travel_mode?: 'road' | 'air' | 'water' | 'rail' | null;
          vehicle_plate?: string | null;
          website?: string;
        };
      };
    };
    responses: {
      /** @description Sent before: the first receipt (duplicate: true) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclarationReceipt'];
        };
      };
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclarationReceipt'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many requests: wait and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPublicForm: {
    parameters: {
      query: {
        t: string;
      };
      header?: never;
      path: {
        code: string;
        kind: 'checkpoint' | 'accommodation';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicForm'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many requests: wait and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listOriginUnits: {
    parameters: {
      query?: {
        parent?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OriginUnit'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many requests: wait and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPortal: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Portal'];
        };
      };
      /** @description Too many requests: wait and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPortalWardBoundaries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A GeoJSON FeatureCollection, one feature per ward with a shape */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/geo+json': Blob;
        };
      };
      /** @description Too many requests: wait and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getQuarantineDueLists: {
    parameters: {
      query: {
        date: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarantineDueLists'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadQuarantineDueLists: {
    parameters: {
      query: {
        date: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The due lists, one sheet per list */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listQuarantineEpisodes: {
    parameters: {
      query?: {
        facility_code?: string;
        kind?: 'centralized' | 'home' | 'self_monitoring';
        limit?: number;
        open_at?: string;
        person_ref?: string;
        subject_group?: 'abroad' | 'outbreak_area' | 'contact' | 'tet_returnee' | 'screened' | 'other';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarantineEpisode'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createQuarantineEpisode: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          facility_code?: string | null;
          /** @enum {string} */
          kind: 'centralized' | 'home' | 'self_monitoring';
          override_reason?: string | null;
          person_ref: string;
          /** Format: date-time */
          start_at: string;
          /** @enum {string|null} */
          subject_group?: 'abroad' | 'outbreak_area' | 'contact' | 'tet_returnee' | 'screened' | 'other' | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarantineEpisode'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getQuarantineEpisode: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarantineEpisode'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  closeQuarantineEpisode: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          end_at: string;
          /**
           * @default completed
           * @enum {string}
           */
          end_reason?: 'completed' | 'confirmed_case' | 'transferred' | 'other';
          /** @default false */
          follow_on?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarantineEpisodeClosed'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  moveQuarantineEpisode: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          at: string;
          facility_code?: string | null;
          /** @enum {string} */
          kind: 'centralized' | 'home' | 'self_monitoring';
          override_reason?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarantineEpisodeMoved'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listFacilities: {
    parameters: {
      query?: {
        at?: string;
        use?: 'quarantine' | 'treatment' | 'all';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FacilityBoard'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createFacility: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          active_from?: string | null;
          /** Format: date */
          active_to?: string | null;
          beds?: number | null;
          facility_code: string;
          icu_beds?: number | null;
          /** @enum {string} */
          kind: 'quarantine' | 'treatment' | 'both';
          name: string;
          /** @enum {string} */
          status?: 'planned' | 'active' | 'closed';
          tier?: number | null;
          ward_code?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Facility'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getFacility: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FacilityOccupancy'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateFacility: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          active_from?: string | null;
          /** Format: date */
          active_to?: string | null;
          beds?: number | null;
          icu_beds?: number | null;
          /** @enum {string} */
          kind?: 'quarantine' | 'treatment' | 'both';
          name?: string;
          /** @enum {string} */
          status?: 'planned' | 'active' | 'closed';
          tier?: number | null;
          ward_code?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Facility'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getQuarantineReview: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarantineReviewTable'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadQuarantineReview: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The review table */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getQuarantineSplits: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuarantineSplits'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listReports: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportList'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getAreaFigures: {
    parameters: {
      query: {
        at: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AreaFigures'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDailyReport: {
    parameters: {
      query: {
        at: string;
        format?: 'json' | 'html' | 'docx' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report: JSON, or rendered as ?format= asks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DailyReport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Blob;
          'text/html': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getDataUntil: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: date-time */
            last_record_at: string | null;
          };
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createReportDraft: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          at: string;
          /** @description A seed template: the instant C its figures are compared with (default 24 hours before at) */
          compare?: string;
          /**
           * @description daily (default), synthesis (seed 000), situation (seed 001), border (seed 004)
           * @enum {string}
           */
          template?: 'daily' | 'synthesis' | 'situation' | 'border';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportDraft'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReportDraft: {
    parameters: {
      query?: {
        format?: 'json' | 'html' | 'docx' | 'xlsx';
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The draft: JSON, or rendered as ?format= asks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportDraftWithFigures'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Blob;
          'text/html': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateReportDraft: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          narrative: {
            text: string;
            title: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportDraft'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  issueReportDraft: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportIssueResult'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getIssuedReport: {
    parameters: {
      query?: {
        format?: 'json' | 'html' | 'docx' | 'xlsx';
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report as issued: JSON, or its file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedReport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Blob;
          'text/html': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPeriodReport: {
    parameters: {
      query?: {
        /** @description The earlier instant C to compare with (C ≤ T) */
        compare?: string;
        /** @description Week/month form only */
        date?: string;
        format?: 'json' | 'html' | 'docx' | 'xlsx';
        /** @description Start A of the period A < t ≤ T (an instant, default C); a day for the week/month form */
        from?: string;
        /** @description Week/month form only (default week) */
        kind?: 'week' | 'month';
        /** @description The cut-off T (an instant: ISO with offset, or YYYY-MM-DD HH:MM in Viet Nam time); a day YYYY-MM-DD for the week/month form */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report: JSON (PeriodComparison with compare, else PeriodReport), or rendered as ?format= asks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeriodComparison'] | components['schemas']['PeriodReport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Blob;
          'text/html': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getResidentsReport: {
    parameters: {
      query?: {
        at?: string;
        format?: 'json' | 'html' | 'docx' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report: JSON, or rendered as ?format= asks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResidentsReport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Blob;
          'text/html': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReviewReport: {
    parameters: {
      query: {
        format?: 'json' | 'html' | 'docx' | 'xlsx';
        /** @description The first day (default 2020-01-01, the start of the epidemic) */
        from?: string;
        /** @description The last day */
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report: JSON, or rendered as ?format= asks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewReport'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': Blob;
          'text/html': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getReportTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScopedReportTemplate'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putReportTemplate: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          issuing_body: string;
          issuing_parent: string;
          narrative_titles: string[];
          number_pattern: string;
          place: string;
          recipients: string[];
          schedule: {
            cutoff?: string;
            /** @enum {string} */
            template?: 'daily' | 'synthesis' | 'situation' | 'border';
            time: string;
          }[];
          signer_name: string;
          signer_title: string;
          title: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportTemplate'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listRoles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RolePermissions'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listRuleSets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RuleSet'][];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putRuleSet: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        effective_from: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default null */
          basis?: string | null;
          name: string;
          rules: components['schemas']['RulesInput'];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RuleSet'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getRuleSetInForce: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        date: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RuleSet'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getTestingFigures: {
    parameters: {
      query?: {
        at?: string;
        from?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TestingFigures'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listLabs: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LabStatus'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putLab: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          capacity_per_day?: number | null;
          /**
           * @default [
           *       "pcr"
           *     ]
           */
          methods?: ('pcr' | 'rapid_antigen')[];
          name: string;
          ward_code?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Lab'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPool: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pool'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  recordPoolResult: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason?: string | null;
          /** @enum {string} */
          result: 'negative' | 'positive' | 'invalid';
          result_at: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Pool'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listResamples: {
    parameters: {
      query?: {
        all?: string;
        at?: string;
        limit?: number;
        pool_ref?: string;
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResampleItem'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listScreeningRounds: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScreeningRoundFigures'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getScreeningRound: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScreeningRoundReport'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putScreeningRound: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          areas: {
            hamlet?: string | null;
            ward_code: string;
          }[];
          campaign: string;
          /** Format: date */
          ends_on: string;
          /** @enum {string|null} */
          method?: 'pcr' | 'rapid_antigen' | null;
          round_no: number;
          /** Format: date */
          starts_on: string;
          target_population?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScreeningRound'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listSamples: {
    parameters: {
      query?: {
        from?: string;
        lab?: string;
        limit?: number;
        method?: 'pcr' | 'rapid_antigen';
        person_ref?: string;
        pool_ref?: string;
        result?: 'pending' | 'negative' | 'positive' | 'invalid';
        to?: string;
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SampleListItem'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createSample: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          ct_values?: {
            [key: string]: number;
          } | null;
          lab?: string | null;
          /** @enum {string} */
          method: 'pcr' | 'rapid_antigen';
          person_ref: string;
          pool_ref?: string | null;
          /** @enum {string} */
          result?: 'pending' | 'negative' | 'positive' | 'invalid';
          result_at?: string | null;
          sample_ref: string;
          /** @enum {string|null} */
          specimen?: 'nasopharyngeal' | 'oropharyngeal' | 'nasal' | 'saliva' | 'other' | null;
          taken_at: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Sample'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSample: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Sample'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  recordSampleResult: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          ct_values?: {
            [key: string]: number;
          } | null;
          lab?: string | null;
          reason?: string | null;
          /** @enum {string} */
          result: 'pending' | 'negative' | 'positive' | 'invalid';
          result_at?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Sample'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listTracingWork: {
    parameters: {
      query?: {
        days?: number;
        limit?: number;
        ward_code?: string;
      };
      header?: never;
      path: {
        list: 'f1_without_quarantine' | 'f1_without_sample' | 'cases_without_contacts';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': (components['schemas']['F1WorkItem'] | components['schemas']['UntracedCase'])[];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getTreatmentBoard: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TreatmentBoard'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getCapacityScenario: {
    parameters: {
      query: {
        at?: string;
        cases: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CapacityScenario'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  endCare: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          end_at: string;
          /** @enum {string} */
          end_reason: 'recovered' | 'died' | 'other';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CareEnded'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  transferCare: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          at: string;
          facility_code?: string | null;
          override_reason?: string | null;
          /** @enum {string} */
          setting: 'facility' | 'home';
          tier?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CareTransferred'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getHomeFollowup: {
    parameters: {
      query?: {
        at?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HomeFollowup'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listCareEpisodes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CareEpisode'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  admitCare: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          facility_code?: string | null;
          override_reason?: string | null;
          /** @enum {string} */
          setting: 'facility' | 'home';
          /** Format: date-time */
          start_at: string;
          tier?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CareEpisode'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listSeverityObservations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeverityObservation'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  addSeverityObservation: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date-time */
          observed_at: string;
          /**
           * @default none
           * @enum {string}
           */
          oxygen?: 'none' | 'mask' | 'hfnc' | 'ventilator' | 'ecmo';
          /** @enum {string} */
          severity: 'asymptomatic' | 'mild' | 'moderate' | 'severe' | 'critical';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeverityObservation'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getSeveritySeries: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeveritySeriesDay'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'][];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          display_name: string;
          password: string;
          /** @enum {string} */
          role:
            | 'province_admin'
            | 'province_officer'
            | 'district_officer'
            | 'commune_officer'
            | 'lab_staff'
            | 'checkpoint_staff'
            | 'leader';
          scope_code: string;
          /** @enum {string} */
          scope_level: 'province' | 'district' | 'ward';
          username: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        username: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          disabled?: boolean;
          display_name?: string;
          password?: string;
          /** @enum {string} */
          role?:
            | 'province_admin'
            | 'province_officer'
            | 'district_officer'
            | 'commune_officer'
            | 'lab_staff'
            | 'checkpoint_staff'
            | 'leader';
          scope_code?: string;
          /** @enum {string} */
          scope_level?: 'province' | 'district' | 'ward';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['User'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listVaccineAllocations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccineAllocation'][];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createVaccineAllocation: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          decided_on: string;
          decision_number: string;
          note?: string | null;
          /** @enum {string} */
          product: 'astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other';
          quantity: number;
          round_code?: string | null;
          target_code?: string;
          /** @enum {string} */
          target_level: 'province' | 'district' | 'site';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccineAllocation'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  verifyVaccinationCertificate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          payload: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccinationCertificateCheck'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Too many requests: wait and retry */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listVaccinationCoverage: {
    parameters: {
      query?: {
        at?: string;
        level?: 'ward' | 'district' | 'province';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccinationCoverage'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listFlaggedDoses: {
    parameters: {
      query?: {
        from?: string;
        limit?: number;
        to?: string;
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckedDose'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listDueDoses: {
    parameters: {
      query?: {
        limit?: number;
        on?: string;
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NextDose'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadDueDoses: {
    parameters: {
      query?: {
        limit?: number;
        on?: string;
        ward_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The due list, one sheet per ward */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getVaccinationFigures: {
    parameters: {
      query?: {
        at?: string;
        product?: 'astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other';
        round_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccinationFigures'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getVaccinationCertificate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccinationCertificate'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  downloadVaccinationCertificate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A printable A4 page with the QR code inline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': Blob;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getPersonDoses: {
    parameters: {
      query?: {
        on?: string;
      };
      header?: never;
      path: {
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonDoses'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putDose: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        dose_number: number;
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          given_on: string;
          lot?: string | null;
          /** @enum {string} */
          product: 'astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other';
          round_code?: string | null;
          site?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckedDose'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listVaccineSchedules: {
    parameters: {
      query?: {
        on?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccineSchedule'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putVaccineSchedule: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        effective_from: string;
        product: 'astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default null */
          basis?: string | null;
          /** @default [] */
          boost_with?: ('astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other')[];
          booster_doses: number;
          booster_max_days: number;
          booster_min_days: number;
          max_interval_days: number;
          min_interval_days: number;
          /** @default [] */
          mix_with?: ('astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other')[];
          name: string;
          primary_doses: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccineSchedule'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listVaccinationRounds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccinationRound'][];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putVaccinationRound: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        round_code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          ends_on?: string | null;
          name: string;
          note?: string | null;
          /** @default [] */
          site_codes?: string[];
          /** Format: date */
          starts_on: string;
          /** @default [] */
          target_groups?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccinationRound'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listVaccinationSites: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccinationSite'][];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  putVaccinationSite: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        site_code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          kind: 'store' | 'site';
          name: string;
          ward_code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccinationSite'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listVaccineStock: {
    parameters: {
      query?: {
        on?: string;
        site_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccineStockLevel'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createStockMove: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          allocation_id?: number | null;
          document?: string | null;
          /** Format: date */
          expires_on?: string | null;
          /** @enum {string} */
          kind: 'receipt' | 'transfer' | 'wastage' | 'adjustment';
          lot: string;
          /** Format: date */
          moved_on: string;
          /** @enum {string} */
          product: 'astrazeneca' | 'pfizer' | 'moderna' | 'verocell' | 'sputnik' | 'abdala' | 'other';
          quantity: number;
          reason?: string | null;
          site_code: string;
          to_site_code?: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccineStockMove'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getVaccineSupply: {
    parameters: {
      query?: {
        on?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VaccineSupplySummary'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  getZoning: {
    parameters: {
      query: {
        at: string;
        compare?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZoningReport'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listZoningDays: {
    parameters: {
      query: {
        from: string;
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZoningDays'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listZoningDecisions: {
    parameters: {
      query?: {
        /** @description Only those in force on this day */
        at?: string;
        unit_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZoningDecision'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createZoningDecision: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default null */
          decision_number?: string | null;
          /** Format: date */
          from_date: string;
          /** @description 1 green, 2 yellow, 3 orange, 4 red */
          level: number;
          /** @default null */
          reason?: string | null;
          /**
           * Format: date
           * @description Inclusive; null = until a later decision
           * @default null
           */
          to_date?: string | null;
          /** @description Ward, district or province code */
          unit_code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZoningDecision'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteZoningDecision: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        from_date: string;
        unit_code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  listZoningMeasures: {
    parameters: {
      query?: {
        /** @description Only those in force on this day */
        at?: string;
        unit_code?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZoningMeasure'][];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  createZoningMeasure: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default null */
          decision_number?: string | null;
          /** Format: date */
          from_date: string;
          /**
           * @description Chỉ thị 15/16/19, lockdown of an area, or another measure
           * @enum {string}
           */
          measure: 'ct15' | 'ct16' | 'ct19' | 'lockdown' | 'other';
          /**
           * @description E.g. the hamlets under lockdown
           * @default null
           */
          note?: string | null;
          /**
           * Format: date
           * @description Inclusive; null = until a later decision
           * @default null
           */
          to_date?: string | null;
          unit_code: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ZoningMeasure'];
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Conflicts with stored records */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Unsupported media type */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteZoningMeasure: {
    parameters: {
      query?: never;
      header?: {
        /** @description With the session cookie: the csrf_token that POST /auth/login returned (not needed with a token) */
        'x-csrf-token'?: components['parameters']['CsrfToken'];
      };
      path: {
        from_date: string;
        /** @description Chỉ thị 15/16/19, lockdown of an area, or another measure */
        measure: 'ct15' | 'ct16' | 'ct19' | 'lockdown' | 'other';
        unit_code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      /** @description Invalid input: the field is named */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not signed in (no or expired session or token) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Outside your permissions or jurisdiction */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
