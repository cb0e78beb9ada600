from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE INDEX IF NOT EXISTS "idx_account_eve_company_a6f5bb" ON "account_event" ("company_id");
        CREATE INDEX IF NOT EXISTS "idx_account_eve_actor_i_afc694" ON "account_event" ("actor_id");
        CREATE INDEX IF NOT EXISTS "idx_account_eve_staff_i_4dbe60" ON "account_event" ("staff_id");
        CREATE INDEX IF NOT EXISTS "idx_announcemen_publish_cf576b" ON "announcement" ("published_by_id");
        CREATE INDEX IF NOT EXISTS "idx_attachment_worker__9e68c6" ON "attachment" ("worker_id");
        CREATE INDEX IF NOT EXISTS "idx_attachment_documen_9de72c" ON "attachment" ("document_item_id");
        CREATE INDEX IF NOT EXISTS "idx_attachment_plan_id_be0e1d" ON "attachment" ("plan_id");
        CREATE INDEX IF NOT EXISTS "idx_attachment__attachm_c6470a" ON "attachment_coverage" ("attachment_id");
        CREATE INDEX IF NOT EXISTS "idx_attachment__documen_b191e9" ON "attachment_coverage" ("document_item_id");
        CREATE INDEX IF NOT EXISTS "idx_attachment__staff_i_79f94c" ON "attachment_download" ("staff_id");
        CREATE INDEX IF NOT EXISTS "idx_attachment__attachm_b68ca5" ON "attachment_download" ("attachment_id");
        CREATE INDEX IF NOT EXISTS "idx_auth_sessio_company_5ec4eb" ON "auth_session" ("company_id");
        CREATE INDEX IF NOT EXISTS "idx_auth_sessio_staff_i_488d1b" ON "auth_session" ("staff_id");
        CREATE INDEX IF NOT EXISTS "idx_export_reco_staff_i_fdd189" ON "export_record" ("staff_id");
        CREATE INDEX IF NOT EXISTS "idx_plan_queued__629e36" ON "plan" ("queued_at", "id");
        CREATE INDEX IF NOT EXISTS "idx_plan_company_e06185" ON "plan" ("company_id");
        CREATE INDEX IF NOT EXISTS "idx_plan_event_actor_c_767b76" ON "plan_event" ("actor_company_id");
        CREATE INDEX IF NOT EXISTS "idx_plan_event_actor_s_f87e82" ON "plan_event" ("actor_staff_id");
        CREATE INDEX IF NOT EXISTS "idx_plan_event_plan_id_4c7151" ON "plan_event" ("plan_id");
        CREATE INDEX IF NOT EXISTS "idx_plan_licens_plan_id_823671" ON "plan_license" ("plan_id");
        CREATE INDEX IF NOT EXISTS "idx_worker_plan_id_bb33ba" ON "worker" ("plan_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_worker_plan_id_bb33ba";
        DROP INDEX IF EXISTS "idx_plan_licens_plan_id_823671";
        DROP INDEX IF EXISTS "idx_plan_event_plan_id_4c7151";
        DROP INDEX IF EXISTS "idx_plan_event_actor_s_f87e82";
        DROP INDEX IF EXISTS "idx_plan_event_actor_c_767b76";
        DROP INDEX IF EXISTS "idx_plan_company_e06185";
        DROP INDEX IF EXISTS "idx_plan_queued__629e36";
        DROP INDEX IF EXISTS "idx_export_reco_staff_i_fdd189";
        DROP INDEX IF EXISTS "idx_auth_sessio_staff_i_488d1b";
        DROP INDEX IF EXISTS "idx_auth_sessio_company_5ec4eb";
        DROP INDEX IF EXISTS "idx_attachment__attachm_b68ca5";
        DROP INDEX IF EXISTS "idx_attachment__staff_i_79f94c";
        DROP INDEX IF EXISTS "idx_attachment__documen_b191e9";
        DROP INDEX IF EXISTS "idx_attachment__attachm_c6470a";
        DROP INDEX IF EXISTS "idx_attachment_plan_id_be0e1d";
        DROP INDEX IF EXISTS "idx_attachment_documen_9de72c";
        DROP INDEX IF EXISTS "idx_attachment_worker__9e68c6";
        DROP INDEX IF EXISTS "idx_announcemen_publish_cf576b";
        DROP INDEX IF EXISTS "idx_account_eve_staff_i_4dbe60";
        DROP INDEX IF EXISTS "idx_account_eve_actor_i_afc694";
        DROP INDEX IF EXISTS "idx_account_eve_company_a6f5bb";"""


MODELS_STATE = (
    "eJztXWl3ozjW/is6/jLJmUyd2M7q+URskmLKS8Z2qrq63YchoMR0MLhZksrM2//9lVhsFg"
    "kDwTam9CExCF1hP5Ku7qar/zUWhgI16xMny4aj2/wr1O1GB/yvoUsLiC6Iz09AQ1ou109x"
    "gS09ai6B5NUU4arqo2WbkoybfZI0C6IiBVqyqS5t1dAxid84kJSFqqu4Nn4CHt/BoC9MgW"
    "VLT0/giGueHnfA29wAiqqgT8kGtoE+VXkO/JeeoFuof8JvVQwZNaTqz9t6gaOrfzpQtI1n"
    "aM+hiV7z2++oWNUV+ANawe3yRXxSoaZEMFUV3IBbLtrvS7dM0O1btyL+7o+ibGjOQl9XXr"
    "7bc0Nf1VY9aJ+hDtFvgbh523QwtLqjaX5XBGh733RdxfuKIRoFPkmOhjsIU3tfYF3WEMXh"
    "aCpO+KkoNhKdF1CE4PaLZEPHSKOvarm//hl/hX+0mmeXZ1fti7MrVMX9mquSy7+8V6+B8Q"
    "hdeIbTxl/uc8mWvBouxmtQJTsJag9hY6sLSEbWo4ghq/gkn4KLOM4BqmlABwX7QToFxqkw"
    "4CdTbnCPm19Y1p+aCxM35fGTllv6His9ujjG5Qaaw94MXzUCvgnTzwDfgl9HQ95F07DsZ9"
    "N947re9NcG/k6SYxuibryJkhIGMigOilDVUK/K7q9P9Gx3Lpm87izcnhXQz5d0GSZ7eEUd"
    "62UEVzn9uuZoxTu20R3zCGsRYXV72wHhu5ne47nuVPgaeh4vmenxGvHnYx6/2b0R77nJ5N"
    "to3OsAUulMnzxM7vlhT+yOBvfc8HsHxApwa6v2V5WSZbhen+cmkUqRgjiXprCNhfRD1KD+"
    "bM8xrzhNGdxfuXH3Mzc+ap3GBuzQf9JyH/0VGWC6YcPk8JrCHxR2HNQvNKB8LrDl8VQKo+"
    "B/mUZ4RIDh0YD75TjCJ/qj4V1QPYR5tz+6iWGNpqNhirlWvzDJ5jWwEOSHtwiuEZWNxVLS"
    "3/NhGiViqCZQdeXBfJiGSRiiLqJY/H16IctqeFYn0b01TKg+61/ge2JZj2HqayUTjPqDBc"
    "vhvXuQ0dal6/eb0ttKZ4jwP/T70a+GtosAWr2nY6E7bZD4QQnQdr2WfM2ptvhGeWEGhN2J"
    "zoZuBmjDLJECLGYRj5L88iaZihjhFfiJ0TJiJau6yUeL1iJeIunSs4sO/h34Wwe2DF1HY1"
    "qGC5qtI/z8JNXWEa+5ydRBB5mZE6plTrBVWyMoBljvJAO7Iqiyqpkd3pjalU3vSlO8EprX"
    "o6EQFiq65hXUrwW+u1a9EDM2bUvMbySLEDJbWZVtZVBXivRwiKyE/q2krFKL7rVsY2mJSG"
    "J8VWXCynRjGBqUdNosjtHGevoREW+Li65Kwv2bVzzK3q83o1E/0qU3Qpw/Pgxu+PFR0+1L"
    "VEn1xNKkHQDNDKgUm1Erup1MqcosXYc2p16haRH9C1T5OURRyM5TaAo1413Z3LfgHDI5mB"
    "D/2gLTJEq5G9ki40wZGm9Hxx8Rn9FPU0a69u5P3wOZMz6nSZ0yS+dRU6056rfHnHZnAiUz"
    "lW4ylYZBY2anDGYnwiiLWJ/Q9wDDh35/b9Yn25bkOdX2tH56kmp5itbbGGIz0iFwlpohIc"
    "kEPKkaRDUNExioGIk/C3Ak6Qp4M8wXaB6fAPREAo+O9uJWBbKBVj3UN8CC6ELSXBIrGWaz"
    "rZcw21i1bGOqJeJ+y6mDhKiY9pFB+8CzQnRvEjjTrZARolpYymKWyPPzLJbI83O6JRI/i3"
    "vRdRtxUg+oHGDH6WqIdzOT5beZYvltJi2/lvpfkgFDfaa7132K3alc22fP161Wu33ZOm1f"
    "XJ2fXV6eX52u+HTyURrDvhHuMPeI4E8IaphLrfOLPMN7TVHDgX1xlmFcX5xRhzV+FDexo3"
    "rPUHyBBEE9BeUoWQ2h3or3KJAzC9gdYqTM8HByEIYH9OMdrPCIWDEgWh7ok4xEu6UIzp0K"
    "+pF5dpZlmp3RZ9lZYpItNUnPaeNZU2xrrT48TWoNqKf85oM0QsMMZhsNZmgElmAou/ebOa"
    "zxmtlItp6mEeNYl5t0uR7foDPeEqDt+e0JfnMHNXqzIkxacTKEF3qTvQSQv60aqiW8EaZI"
    "HsJ0825Y88e2xmeSNupT3n4ZQ02ibCNKGG27ofYOTGanIR9jBW86Fp6tsgDr+Q0erBs8id"
    "dunAerkZbqRAiPxyzOBDE8ITZ7FWbOGTw9nTkXLSjPnMuLy8eZc91utzpAAgED9Ez/Nt5N"
    "65v716/zjP4ET0KZDRO8B7/F/CfRFe535lzY6z7e1WDMt1MsTsf0j6T+UQkdumoYb0GJTt"
    "v7FOE8H5Tyou7iw8I98xao+MSuvMZyoEDnUFn2HTqxEhtTpZ+wcJlJ+lHCBBulHx6JGO9+"
    "8pCAEhhPQNLDkshRj58Id8NPCwWYjgbB1XFS3PlQSyw6omoCTF6HBNtcUf1I4Uqawvfhti"
    "5NFmXxLbuKb9mvSlUtA2MdckVUjM1v2aGzjx33FUO4xC33ZL6wa1W0WjyhHE1074Hljj2f"
    "QMvyfnxSLQo9PknVh1BF0QrV3Jy/EWjGs6oDnwhrLlDFugh4QR3qKjJeGpF/AkPX3gF6BG"
    "zjBep/s8BcsuZAtQAOg4IKIXVjuW0zZalaypLbVSLuqDxSYJSqHDFwvzBvOTZRnku6DjUy"
    "xpvzKIbIqyxzN7h7oQPQv5nO9QbCEF3jjzhPydIFWaRwugyejDDXVLxqIH0TqaQE52lKjH"
    "mCsg6ZB7c+3tmmVALo9Y0N1STLFh2rUI/HaSvV58wQF+9q+GOpouaKpGWIUDJza5V72YSv"
    "SMYrMp2jlCz9RpV7maWvbdTEJFk/RFMskizLanlZVonxGyzJ6octvhnCoLdpjIwNbII9Mj"
    "n06SbJYPxIocqZUl54tsMlNIHfBD7l5fgEqApSqlX0WxR8CIxqW0BTZYjGUgdg86dhqjaq"
    "+newNOETlG3HhMcAJ6/QncUjNMmZL7b4Lma1rJbV0u3qnOGTYRpmsdxowXHniAXF1RQpar"
    "skNlRpK+ZAGAqTKT/ugOBqpt+NvvLj4QiVBVdFrJpXGXrpitpJV7Q+WnOuXBOCSF0/62Yr"
    "S0AHPZyDBrq3PBQBfE1Z5WlQlBNlYUR0PkRDO2dShxgZ4/eZ+b0NfxBMPpuRDuhqOKS3ko"
    "MnEKnzBuDF6WqI91bylcCFpFL8rxRrdUBQR4TPs/APVCslyjHBQZaSZb0ZSHHNG02QIKwl"
    "4luIK10Bh+MDngtZ6ylNMB9cpe32qCloi4UnHIW8hqL/NmZdDL3i/tDUhpjjrMoT0LIl26"
    "HEEW02iaypd7fSNdwDYvlGonND5bFgLveBf5otvzqZlu+tzqTle6tTZnur42V7RQwj1xmm"
    "6TV1kl7Hpyg7VoAdK8AiuDZGcCVcrFlS9vg+IBG+QoxKYnDkykPjtcW/lrVrYR8LWnrGHj"
    "9u/qNARTcP1BAnvFvzgyCVlzKumvCUMuUwSHWbb9t0pEdSTxDc6PHUFHQneiIpRpb8ThcX"
    "T1cz5/rqHOL/p+c4GROEHfAClzbA23JsuARvqj0H6MWfFGOBcPkkS7akGc8OBJINoJvbYK"
    "E+m+7IAKajk/I9be9FH3CeywjFfMZRpUSjaIXs/WWllqW71GnuLKrETPVisd31Ljw57frM"
    "np/Pnm/CPx3VhIQQkNRDUMJk7BSUDKegLKEp0pKipiIdJWRYZ8AazxqcYIMg4lHZcIRmd5"
    "y4fRpH2CupULxwJmV2taO8tIyqNZKro/5qlql3n3oI/2NpmPYYyoZJzLoWeZ6qh0C3pmiu"
    "q2bMtIZlR+BRg6PuaDgdc93pp4Vy3AFvc+ME/YM6/i/ZJ56m8DZX5Tk+Xc4mxeyW1SgLzq"
    "1WcC7Lv1ZHjxfiD4YpmkjgK+r1irZQZT2n0R0N7rnh9w7wL2b6zcOY5x5EhOLtbQeE72b6"
    "oC9Mgyfr65kuDO77/IAfToXhnTga33VAvGSmc0Ou/30y7QD/oojzrJkl5rJJD7psJqIuf5"
    "Z0FaEkFagr/OQVRbqg5HQVtmSixSyP+WBNUWXECxoQzrPYD87p5oPzhPXAEx/E8LdLgD2F"
    "PyiSAJm6FsCnLVn8L9PIahUAfDTgfjmOrFj90fAuqB7qkG5/dBM346BVaLWnLKMgFqHZ0m"
    "7Zg7Y9spyILCdi9XfI7jubeR9vCLyVVA3vfCJo1JHnJ2katbe18ClUNdPmWEwAFW/f6glw"
    "ORq6xRtYva2sQs/dh+ruaHWzUAE/CxU44q4JWcxLanOzPv1b4wW+izj/H64fbM1x34yjfn"
    "5n+vYu9e1wXxSR1sP0VZZhkFRxJwxFodcBwdVM7/YFpE6JXK+H2MkEKWyR+0LaVJatEU36"
    "zohmYmNEzr1r9T2IuNnKsgEW1aKD20psgl3znQTG6VanCGGlwhSZ9SlndOLWxYS+Ib9QZQ"
    "T3YQYBQQvqZU7oi1ZrI7FQ42bQmm44NkCru6qB/3glonv3H4pwUE6TxLPc4sIAO7+NiQNM"
    "HGDiwF7EgTDjyisRxGmZUFA5oYBtUWFbVPYgBI4c+9H4McAZAQhSYOhpqhhouPXEILHARj"
    "mQ3uks5qFiQtdHBK5DELam/OB+NObG38V7bjL5NhojsStZNtODKxHJW/y0A6L36HmfG6Lr"
    "AedtJI3c+k+7/Hgq3Aqrx6v7FfW/+O40RO3drp5+HX0JPXTvCgl+mYSTFNkkIZog1lbgAI"
    "IoVZUHSdHw8G0kI7Gcxz+gnMuFHiKpI8rbCMJ/NBSCLkN3nAf165BpYteeclkyTRVaIpJd"
    "3YSmEkG9SQ3IJzfAAvMzBObjhA2F495WxDs7rL3x7wf+wV/1IiM/VB5d3r0HHeB9zvQJP+"
    "wJw7sO8C/ckql7ixbxW07o49reZ5HFNU3aCubKJZUTXRIO2ISLJSmGP+1szRXJ7rZNJHZN"
    "7HnTRGTHGmLbog9LAZ2aQL6THDYsoLeg9USTUBcUtJQliFm6osr3teie2pdHIo6R1UFqiy"
    "5D7Sy5gdv05MDtZHZgfJgVNE2DsF2SLhdHqeqA886lY2YLJgz2etmCo2l19CJCSoiMrVhV"
    "W7EqYut30wgRrPxBeiG6fX8Z1NimYf+3BqrgrBiWqrB4y93a+que+zFpDuiNudtp0hqwLo"
    "4aA9zyDnA/8Lao+75rjPcvZvrDsMePsWld4L91QPgOp4MMTPtrq37IoB+y5WMegl7xbdgB"
    "q0tMHxj313b9lUnfv0AtcsMu33dtEKvLQjb+LPJfky7/NRPyH8s8+WE7BOKvmiq7iQQKHL"
    "JBpi5FpK5QPqhWNmN+ii0/YULDuBUSoKOUzOZTMakq3MkRySFPH0cIWRdXuIufVNOy8UF9"
    "cFlMHyY2wJSlKve5DE18wCFa9YocS0WmrtuK2c6yYrbpK2Y7eYKPh1sxo1OMls2vKs8vEy"
    "4kXUHdtwgSfGU17CYpmXE3v3H30TGh5BTVuNfUW8K+BKbW+Dz68oUTeqMOCK5m+nSErh86"
    "wPuc6V+44RRVcD9mOi4bC/h5cIX04s8PN6jA/UD1heEXAdXHH+6zO7c5/2KmTz4LX9wS/w"
    "JRfH+YfEYF3udMHyFa7hvXAf5FER275DMvZcNcGmbBlY5AW90xUXRXRTuLTaNNt2m0K3VU"
    "XcVY304y2y7xyUC6LdnqK8yNOoW8fuBv5VjGOZQU0XhC4nDRY3XpLdSO1ZR8sm4YuQKB0h"
    "Ty+g38dqaB304Z+O3kwF8ikHKN8xVB/QAu37q649NHq43uNuL9ZdmxxEfHUnU07Ympr1Lk"
    "FAJt/WAvfyPzH5L8oZ3mYfoK490Y8DhMHOfr5IbCr9xUGA07gFCIj8i7vx+N3eye3nN8VF"
    "6sqJCfMsv5eE36AXnNxAl5GHvDfJZ09b++ryynmEltoMI9WSUp/wm9WMSmPdFLkJY3CSKV"
    "niVETLqUn7y8fH6yOkd2B6x3OEV+4LO0xToh2QmKsYCWrco487zpqLZ7FlbBDKxZ2qoDI9"
    "q5pVWyEKgLQ7fn2rtoSZpkEjb4UecGjZxNh+R0mEtI6DR0UiRZ6ja+CF2x3XsVQ3Y3e/hc"
    "zNL5DV3aIRLXgcHsQNLxQgmwBoBFFZPiK6XEFhFo03ylh9cBKXhj3ycdS0hSvDIhCYkq10"
    "+F49I0fuR3aESp6jf9t2JR90ALq4r5IY9T1w/6rXBeD7zctscYWQ3B3oYF0kMtvxk9SlZD"
    "sEs3pnuQYTl4abwhrdt4wvvODVMnJVZMP6MyvSUmXWeWrvFLPR1cRkofhc2npycht8Dyk+"
    "RBH+9ZshCvwV+pIPyxJhj+WfBnu48Jy0B9dx87S6Vgf0cpWX/vv78JEcCEw2+9SLZc+2mj"
    "ROxQpY2HKvmAJSHOfaxS12uJk1cOmcMC+q9gLG04Wyk6xHKfrrTvc7DL4107PAgbvn4cJZ"
    "xKgH+tMUiaKkMkT5YAU99rqa5AeY7jD+L0zW2kThBtO7+HN/koST5WMzM904cIV/VYIu9D"
    "EkFOADu8/OfawCfJdL9DpoPLD+CI38aE+8qLfu6W9TUOSrwZCLjM/VwnXlnnXcEpVoJawd"
    "VM57pd/h6fTO5+BqldgsQuQVqX70FSl+9B8pYgdUuQuCXI2+KmkhmP0Bfzc7b4kZSk0pmO"
    "pio/HnJ9sTsaDNzcs/GSRjaGsWVj9JNpLMSPpQSKNVFhFwBLDfSB1ECIP31snEQaYKOknq"
    "MELTaGKZqGVjjfeLSFSi9ZiJPfc0O8hHgXM/3mYcxzDyJa8G9vOyB8N9MHfWEaPFlfo6Vi"
    "cN/n8YqAg+xH4zu0VMRK0CBEC8f3CV7NvItCnX2RpbPjck6osy8IO2vzZhRgqQQ+lifWg0"
    "9ULRF9BWjq+Y9RILfA/GQZ/GQeaypkTSeRbims+PD02TjC3paQAviGCRm6CXRds08uWEMU"
    "zAO00QMUJND9oPsnyNR7WNhmdfqEhhTF40NluftwrVWLI2QFmbTcZEbb5aIlYD3B7TxYmU"
    "z7hwxzeNXJ7cTctqsgcEBRnAUh/9QGd4EWqrnxBPiRDsHMOUf9MnOupJYycy6uLxR83W6i"
    "8jZ8AnP0E8DjO7DnEPgD9Z9A0jRgPOGyBZBMCLxoOqiAo95owAlD1OjpqXTZ/NQmnBG/q5"
    "cyp0e1nB5Lw1LJBnK6XBMiYcdnuazMQSiYqk053D2D3SbcQIV1+8ZAGAqTKU5uEFzN9LvR"
    "V348HKGy4KqIhaXkXHHFEjjtJGnTPgPyy83a9GxKSmFb5Yq4wjA37vghP+b6aGh7FzN9cs"
    "93BVziXxQZ6yUfgZg/G2KNcyBmMdTS7bQJM+2rpKmpB+WRAY6R/dT7LZnhhBlO9q1s0gwn"
    "XW7S5Xr8vpTMtZZPUDEjJgC6gulp0E5Qb6N6eePmRD5x3WgnQF0sNYidGgjlfxjmM5B0Bf"
    "1J2rtlA8mz9FjgiGueHp8Af8cKVgIlHUjKQtVV/DqkyCc1yi2+hymR1VIiNeNZJfN4uggS"
    "pinHUV2hEwcusmwyvqDvMb5IbDH+SFQAiwc4gHiAiie6L6WPWab7jNYLRbWQxJI/S0mcbn"
    "czvtFIjIXSuOl2cpNIlvVmIAFuLlnzXDaiOGGV2WpRO9H5eaYsGecpWTLOqYjLc0l/LrSF"
    "ltJEpfbSshD8eAi+aok4jv6VwMpSw60idDsMsgrkxnC3rmTJCodYsVQE9dmaTktFkDAEZd"
    "ri6+nXoreb5aPbfL3Gsu5hrabtMn1nZoBXGft9fwa4dB39RBmWsYc81FRN0VKMN10zJKW0"
    "3fY9v8HDlXLSAbOgZZXAthx7PvFaqunAgj+WhvnRCci7jYyhjKTsug6o9Q7uHeZyOJQRtU"
    "13xxQu8CF85vsYPnsGfe9bJ1wf5IonaW4QOyARzTjNRpfIzDmDEM6cy4vLx5lz3W63wBHX"
    "Ou6AuYF+FpCAa6wGQg88GSZoo2LHtIDr3QUz5+KyJUdocXAcdjBZQLU/ARxZZxpvYAnNVT"
    "sd4DnbIg6TvXyLmY7YhooD9gxUQ7WACdH0kOEq0g89t1EhGrSWfQIswy30RjFwxy6woG1r"
    "6DVoLMmOaaLpENS3mLeGeWsqCfGWvTV+vK/44cBAYkNVNjgeToRgAG2xSEEydYWdL9WIGA"
    "xgyx+ylqSs8jSoRvBagNkLKTvyZqhfiKmQS8N5fwy/nWVUt+nDuk0d1zaSlopAHdDVcExv"
    "xXu313Opq433Vo4T2PEhphVHeCtnCDB/9I790Z7iaxVwl0UpWf63KjufAzNIIbdojLaEnq"
    "6YsF+rnmbubwIf/Wnd39s0ZPtZdwmW63U+Xrqp+m1dZ6NpmnOttt4Oa+DuxH66nDmXrctr"
    "dP14Lc2ci9bV6cy5On1SUMl18wL9v8DXZ/ARPW2fQvf/4zX+L1+Bo5vzExDbm31+/AkItg"
    "VUBejwFZrAC6+ygKHLECD5Qn3WoZIM8a/al2OW5mpZmtnm8hI2l+dVcdkZhbksCbrrJ5Q0"
    "qpGehnKErHbbaEu2+z6qpj0Xg+2uWXfRRql+5k20FvxR1IXkk1aYHTQGXJ/vAPx/pt/y3p"
    "33WcRPVLIR/Q8DoYkgejZI56Fn64N4G9VlF42u8FXod4D7gfdgCf2eMLzD+6+8q5neF275"
    "vjBEfRRcVcCbh2Xq/GdMR6l+ZgbjIpHzXOkwzc+MnSVpOO4Ia3qFmXS0iR3u25pwA76RgH"
    "FVGj9nYMDjEwYGiFH3hNtbfuym519dFmEE1xkYwTWVEVzHGYGPpLQIchRmVDwSdFvKgbpb"
    "+blkXUSWHUv0zBc5A4iSlBUWSIrqJ1ncQk26V6iZcApFURNNKFnFzzKhNlbhnmjgeKEJz0"
    "06ILia6fzgvj/6zvdEvj/hv31GnAc1IeJ4RtqTInyplcnJl+LjS+7hh5aqQNQ1SBY0lQIx"
    "MNQGKtyDRedS6acrwMVSM97d/O0fO4uD2NAOV+z7Pjcc+mdWRPoh/CA6i/wnHeBfzPRvo/"
    "EXV673L8jnYiBhn8fHeeD/M3065oYTtNCP0QSbjsTp93u+1QGkUiwdTLojnHThATcYvis0"
    "F0s/u+cVmlY+y2SIYneGyWa8k5sVEgaYv40Acr38bSyRG0vkVpdEbvs+8rhi8tZedoBx0F"
    "TleYPgOPefnKQ5zqV1HXbs6iFxvZMUJzFVEqPrQXRRjAU7UoId8aTKgbBfvYbobikcXbeJ"
    "h7n9azIa0mILVyRxAViVbfB/QFOtAz4jngQuBiMi6yZOdYsf4BYTYnEDNyQhapdRYH/9P8"
    "D0BL4="
)
