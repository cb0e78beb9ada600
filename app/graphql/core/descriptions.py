"""The schema's descriptions where its definitions give none (#27 item 4), applied once when the
schema is built: every type, field, argument and enum value is described in Japanese.

What a definition says itself wins (the plan's fields describe themselves from `plans/fields.py`).
Then, in order: an entry for `Type.field` or `Type.field(argument)` below; the meaning of a name that
means the same on every type (`GLOSSARY`); and for the shapes that repeat (payloads, connections,
edges, mutation inputs, `…Label` fields, enum values) a description made from what they belong to.
`tests/test_schema_descriptions.py` counts and fails on anything left without one.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    get_named_type,
)

from app.domain.errors import ERROR_CODE_MEANINGS, ErrorCode

BUILT_IN_SCALARS = frozenset({"String", "Int", "Float", "Boolean", "ID"})

# Scalars' descriptions replace strawberry's English ones.
SCALARS: dict[str, str] = {
    "Date": "日付。ISO 8601 の YYYY-MM-DD（例 2027-04-01）。ほかの書き方は受け付けません。",
    "DateTime": "日時。ISO 8601、時差付き。答えは日本時間（+09:00）です。",
    "Upload": "アップロードするファイル（GraphQL multipart request の仕様で送ります）。",
}

TYPES: dict[str, str] = {
    "Query": "読み取りの操作。ログインの要否と見える範囲は各フィールドの説明のとおりです。",
    "Mutation": "変更の操作。引数は input の1つだけで、結果は <名前>Payload（結果と errors）です。拒否されたときは何も変わりません。",
    "Viewer": "ログインしている利用者（事業者または職員）。",
    "CompanyInfo": "事業者アカウントの情報。",
    "Attachment": "添付書類のファイル1件。",
    "HistoryEvent": "申請履歴の1件（誰が、いつ、どの状態からどの状態へ、何をしたか）。",
    "UserError": "ミューテーションが拒否された理由の1件。",
    "PageInfo": "一覧の続きがあるかと、続きを読むためのカーソル。",
    "PlanFilter": "受入計画の絞り込み条件。指定した条件はすべて満たすもの（AND）、一覧で与えた値はいずれか（OR）です。",
    "ChangeApplicationFilter": "変更申請の絞り込み条件。",
    "StatisticRow": "planStatistics の1行: groupBy の値の組と、その件数。",
    "Announcement": "お知らせ（国土交通省が掲載。サービス停止の告知を含む）。",
    "SystemStatus": "サービスの状態（停止中か、次の停止はいつか）。ログイン不要。",
    "DocumentItem": "添付書類の項目（番号、名称、必須か、外国人ごとか、ファイル数の上限）。",
    "BureauInfo": "地方整備局等と、その審査する都道府県。",
    "PrefectureInfo": "都道府県（JIS コードと名称）。",
    "EnumLabel": "列挙値とその日本語の表示名。",
    "Role": "利用者の役割。",
    "Bureau": "地方整備局等（審査する局）。",
    "PlanStatus": "受入計画の申請の状態。",
    "ChangeStatus": "変更申請・再雇用申請の審査の状態。",
    "JacMembershipKind": "JAC（建設技能人材機構）への加入の種別。",
    "LicenseAuthority": "建設業許可の許可行政庁の種別。",
    "LicenseGrade": "建設業許可の一般・特定の別。",
    "Sex": "性別。",
    "JobCategory": "特定技能外国人の従事する業務区分。",
    "SalaryMode": "報酬が計画の基本給と同じか、外国人ごとに異なるか。",
    "CcusIdReason": "CCUS 技能者IDを入力しない理由。",
    "EmploymentStatus": "外国人の従事状況。",
    "ReportKind": "外国人についての報告・申請の種類。",
    "ReportStatus": "報告の状態（登録して、報告で提出）。",
    "DiscontinuationReason": "継続不可事由の種類。",
    "PlanAction": "申請履歴に記録される操作。",
    "DocumentKind": "印刷できる書類の種類。",
    "ErrorCode": "UserError の理由のコード。",
    "PlanDimension": "planStatistics の内訳の軸。",
}

# Names that mean the same on every type that has them.
GLOSSARY: dict[str, str] = {
    "id": "ID（不透明な文字列。クライアントは解析しないでください）。",
    "version": "版。更新のたびに増えます。審査の入力の expectedVersion に渡すと、読んだ後の更新を CONFLICT で検出します。",
    "errors": "拒否された理由（項目のパス、コード、日本語の文言）。受け付けられたときは空で、拒否されたときは何も変わっていません。",
    "edges": "この頁の各件と、そのカーソル。",
    "node": "一覧の1件。",
    "cursor": "この件の位置。after に渡すと、この件の次から読みます。",
    "pageInfo": "続きがあるかと、最後の件のカーソル。",
    "totalCount": "条件に合う全件数（頁に関係なく）。",
    "hasNextPage": "この頁の後に続きがあるか。",
    "endCursor": "この頁の最後の件のカーソル（続きを読むときに after に渡します）。",
    "status": "状態。",
    "kind": "種類。",
    "code": "コード。",
    "name": "名称。",
    "label": "日本語の表示名。",
    "value": "値（英大文字の列挙値など）。",
    "loginId": "ログインID。",
    "planId": "受入計画の ID。",
    "workerId": "外国人の ID。",
    "reportId": "報告・申請の ID。",
    "changeApplicationId": "変更申請の ID。",
    "attachmentId": "添付書類の ID。",
    "expectedVersion": "読んだときの version。その後に更新されていれば CONFLICT で拒否し、何も変えません（省略可）。",
    "comment": "コメント（3000字まで）。",
    "message": "利用者向けの日本語の文言。",
    "appliedAt": "申請日時（日本時間）。",
    "certifiedAt": "認定日時（日本時間）。",
    "registeredAt": "登録日時（日本時間）。",
    "reportedAt": "報告日時（日本時間）。",
    "uploadedAt": "アップロード日時（日本時間）。",
    "startsAt": "掲載・停止の開始日時。",
    "endsAt": "掲載・停止の終了日時。",
    "title": "表題。",
    "body": "本文。",
    "file": "ファイル（GraphQL multipart request の仕様で送ります。1ファイル10MBまで）。",
    "email": "メールアドレス。",
    "licenseNumber": "建設業許可番号（数字のみ。例 123456）。",
    "companyName": "商号又は名称。",
    "note": "備考。",
    "reason": "理由。",
    "statuses": "状態（いずれか）。",
    "bureaus": "地方整備局等（いずれか）。",
    "jobCategories": "業務区分（いずれか）。",
    "corporateNumber": "法人番号（13桁。完全一致）。",
    "first": "読む件数（1〜100、既定 50）。",
    "after": "このカーソルの次から読みます（前の頁の endCursor）。",
    "filter": "絞り込み条件（省略時はすべて）。",
    "input": "操作の入力。",
    "token": "API のセッショントークン。以後の要求に Authorization: Bearer <token> で付けます。",
    "expiresAt": "有効期限（日本時間）。",
    "viewer": "ログインしている利用者。",
    "password": "パスワード。",
    "newPassword": "新しいパスワード（8文字以上、英字と数字を含む）。",
    "temporaryPassword": "メールで届いた仮パスワード。",
    "changes": "変更する項目（部分更新: 省略した項目はそのまま、null は消去、一覧は置き換え）。",
}

FIELDS: dict[str, str] = {
    "Query.systemStatus": "サービスの状態（停止中か、次の停止）。ログイン不要。",
    "Query.plan(id)": "受入計画の ID。",
    "Query.planStatistics(groupBy)": "内訳の軸（順に key に入ります）。",
    "Query.labels(enum)": "列挙型の名前（例 PlanStatus）。",
    "Mutation.login": "ログイン。token を返します。失敗は errors の AUTHENTICATION_FAILED（理由は示しません）。",
    "Mutation.logout": "ログアウト（このトークンのセッションを終えます）。",
    "Mutation.deleteAttachment": "添付書類の削除（認定前のみ。認定後は変更申請・変更届出で）。",
    "Viewer.role": "役割。",
    "Viewer.bureau": "所属する地方整備局等（地方整備局等の職員のみ）。",
    "Viewer.company": "事業者の情報（事業者のみ）。",
    "Plan.status": "申請の状態。",
    "Plan.certificateNumber": "認定番号（認定後）。",
    "Plan.headOfficePrefectureName": "本店所在地の都道府県名。",
    "Plan.jacMembership": "JAC（建設技能人材機構）への加入。",
    "Plan.proxy": "代理申請者（行政書士など。いなければ null）。",
    "Plan.consents": "申請時の同意事項。",
    "Plan.licenses": "建設業許可（1件以上）。",
    "Plan.workers": "特定技能外国人の一覧。",
    "Worker.employmentStatus": "従事状況（受入前、就労中、退職など）。",
    "WorkerReport.kind": "報告・申請の種類。",
    "WorkerReport.residenceCardNumber": "在留カード番号（分析担当者にはマスクされます）。",
    "WorkerReport.residenceExpiry": "在留期間の満了日。",
    "WorkerReport.landingDate": "入国（上陸）日。",
    "WorkerReport.workStartDate": "就労開始日。",
    "WorkerReport.discontinuationReason": "継続不可事由の種類（継続不可事由発生報告のみ）。",
    "Attachment.fileName": "ファイル名（分析担当者には示しません）。",
    "Attachment.contentType": "ファイルの種類（MIME タイプ）。",
    "Attachment.size": "大きさ（バイト）。",
    "HistoryEvent.at": "日時（日本時間）。",
    "HistoryEvent.action": "操作。",
    "HistoryEvent.fromStatus": "操作前の状態。",
    "HistoryEvent.toStatus": "操作後の状態。",
    "HistoryEvent.actorRole": "操作した人の役割。",
    "PrintableDocument.kind": "書類の種類。",
    "UserError.field": "拒否された入力の項目のパス（input からの相対パス、一覧の添字は0始まり。例 workers.0.salaryAmount）。入力全体についてなら null。",
    "UserError.code": "理由のコード。",
    "StatisticRow.plans": "受入計画の件数。",
    "StatisticRow.workers": "外国人の人数。",
    "SystemStatus.inService": "今サービスを提供しているか（停止中は false）。",
    "SystemStatus.resumesAt": "停止中なら再開の日時。",
    "SystemStatus.nextStopStartsAt": "次の停止の開始日時。",
    "SystemStatus.nextStopEndsAt": "次の停止の終了日時。",
    "SystemStatus.message": "停止についてのお知らせの文言。",
    "DocumentItem.code": "uploadAttachment の documentItem、uploadBulkAttachment の covers に渡すコード。",
    "DocumentItem.number": "申請の手引きでの書類の番号。",
    "DocumentItem.required": "申請に必須か。",
    "DocumentItem.perWorker": "外国人ごとに添付するか。",
    "DocumentItem.maxFiles": "添付できるファイル数の上限。",
    "BureauInfo.prefectureDetails": "審査する都道府県（JIS コードと名称）。",
    "PrefectureInfo.code": "JIS の都道府県コード（01〜47）。",
    "PlanField.format": "値の形式（DIGITS_13、EMAIL、PHONE_JP、DATE、YEN など）。",
    "PlanField.afterCertification": "認定後に変えるときの手続（変更申請、変更届出、変更不可）。",
    "TemporaryRegistrationPayload.loginId": "仮登録したログインID（仮パスワードはメールで届きます）。",
    "CompleteRegistrationPayload.message": "登録完了の文言。",
    "ChangePasswordPayload.message": "変更完了の文言。",
    "PasswordResetPayload.message": "受付の文言（登録の有無は示しません）。",
    "DeleteAttachmentPayload.deletedAttachmentId": "削除した添付書類の ID。",
    "ChangePasswordInput.loginId": "ログインID（ログインしていなくても変更できます）。",
    "PasswordResetInput.licenseNumber": "登録した建設業許可番号。",
    "PasswordResetInput.email": "登録したメールアドレス。",
    "InternalCommentInput.comment": "内部コメント（事業者と分析担当者には見えません。3000字まで）。",
    "EditChangeApplicationInput.changes": "変更する項目（申請の内容を置き換えます）。",
    "ReemploymentInput.note": "備考（再雇用の事情など）。",
    "DiscontinuationInput.reason": "継続不可事由の種類。",
    "AnnouncementInput.stopsService": "この期間サービスを停止するか（停止中はログインも含めて使えません）。",
    "AnnouncementInput.endsAt": "掲載・停止の終了日時（開始より後）。",
}

DIMENSIONS = {"STATUS": "申請の状態", "BUREAU": "地方整備局等", "PREFECTURE": "本店所在地の都道府県", "NATIONALITY": "国籍・地域",
              "JOB_CATEGORY": "業務区分", "APPLIED_MONTH": "申請月（日本時間、YYYY-MM）", "EMPLOYMENT_STATUS": "外国人の従事状況"}


def describe_schema(schema: GraphQLSchema) -> None:
    """Fill in every missing description of the schema's own types (in place, once, at build)."""
    inputs_of = _mutations_by_input(schema)
    for name, named in schema.type_map.items():
        if name.startswith("__") or name in BUILT_IN_SCALARS:
            continue
        if name in SCALARS:
            named.description = SCALARS[name]
        elif not named.description:
            named.description = TYPES.get(name) or _made_type_description(named, inputs_of)
        if isinstance(named, (GraphQLObjectType, GraphQLInterfaceType)):
            for field_name, field in named.fields.items():
                if not field.description:
                    field.description = _field_description(named, field_name, field)
                for argument_name, argument in field.args.items():
                    if not argument.description:
                        argument.description = FIELDS.get(f"{name}.{field_name}({argument_name})") or GLOSSARY.get(argument_name)
        elif isinstance(named, GraphQLInputObjectType):
            for field_name, field in named.fields.items():
                if not field.description:
                    field.description = FIELDS.get(f"{name}.{field_name}") or GLOSSARY.get(field_name)
        elif isinstance(named, GraphQLEnumType):
            for value_name, value in named.values.items():
                if not value.description:
                    value.description = _enum_value_description(named, value_name)


def _mutations_by_input(schema: GraphQLSchema) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for mutation_name, field in (schema.mutation_type.fields.items() if schema.mutation_type else ()):
        for argument in field.args.values():
            found.setdefault(get_named_type(argument.type).name, []).append(mutation_name)
    return found


def _made_type_description(named: GraphQLNamedType, inputs_of: dict[str, list[str]]) -> str | None:
    name = named.name
    if name.endswith("Payload"):
        return f"{name.removesuffix('Payload')} の操作の結果。受け付けられたときは結果、拒否されたときは errors（何も変わっていません）。"
    if name.endswith("Connection"):
        return f"{name.removesuffix('Connection')} の一覧の1頁（Relay の接続。first と after で頁を送ります）。"
    if name.endswith("Edge"):
        return f"{name.removesuffix('Edge')} の一覧の1件と、その位置のカーソル。"
    if name in inputs_of:
        return "、".join(inputs_of[name]) + " の入力。"
    return None


def _field_description(owner: GraphQLObjectType | GraphQLInterfaceType, field_name: str, field: Any) -> str | None:
    if described := FIELDS.get(f"{owner.name}.{field_name}"):
        return described
    if field_name.endswith("Label") and field_name != "label":
        return f"{field_name.removesuffix('Label')} の日本語の表示名。"
    if field_name.endswith("Name") and (base := field_name.removesuffix("Name")) in owner.fields:
        return f"{base} の日本語の名称。"
    if owner.name.endswith("Payload") and field_name != "errors" and field_name not in GLOSSARY:
        return "受け付けられたときの結果（拒否されたときは null）。"
    return GLOSSARY.get(field_name)


def _enum_value_description(enum: GraphQLEnumType, value_name: str) -> str | None:
    if enum.name == "ErrorCode":
        return ERROR_CODE_MEANINGS[ErrorCode(value_name)] + "。"
    if enum.name == "PlanDimension":
        return DIMENSIONS.get(value_name)
    definition = (enum.extensions or {}).get("strawberry-definition")
    wrapped = getattr(definition, "wrapped_cls", None)
    member = getattr(wrapped, value_name, None) if wrapped is not None else None
    return getattr(member, "label", None)
