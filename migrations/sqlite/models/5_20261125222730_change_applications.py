from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "change_application" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(12) NOT NULL /* APPLIED: APPLIED\nUNDER_REVIEW: UNDER_REVIEW\nREMANDED: REMANDED\nCERTIFIED: CERTIFIED\nWITHDRAWN: WITHDRAWN */,
    "version" INT NOT NULL DEFAULT 1,
    "changes" JSON NOT NULL,
    "diff" JSON NOT NULL,
    "remand_comment" TEXT,
    "applied_at" TIMESTAMP NOT NULL,
    "queued_at" TIMESTAMP NOT NULL,
    "first_accepted_at" TIMESTAMP,
    "certified_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "plan_id" INT NOT NULL REFERENCES "plan" ("id") ON DELETE RESTRICT
) /* 変更申請: the changes to a certified plan, and the comparison with the plan as it stood */;
CREATE INDEX IF NOT EXISTS "idx_change_appl_status_43879f" ON "change_application" ("status");
CREATE INDEX IF NOT EXISTS "idx_change_appl_queued__afa5c5" ON "change_application" ("queued_at");
CREATE INDEX IF NOT EXISTS "idx_change_appl_plan_id_598e2e" ON "change_application" ("plan_id");
CREATE INDEX IF NOT EXISTS "idx_change_appl_status_f33637" ON "change_application" ("status", "queued_at");
        CREATE TABLE IF NOT EXISTS "change_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "at" TIMESTAMP NOT NULL,
    "action" VARCHAR(8) NOT NULL /* APPLY: APPLY\nEDIT: EDIT\nWITHDRAW: WITHDRAW\nRESUBMIT: RESUBMIT\nACCEPT: ACCEPT\nREMAND: REMAND\nCERTIFY: CERTIFY */,
    "from_status" VARCHAR(12) /* APPLIED: APPLIED\nUNDER_REVIEW: UNDER_REVIEW\nREMANDED: REMANDED\nCERTIFIED: CERTIFIED\nWITHDRAWN: WITHDRAWN */,
    "to_status" VARCHAR(12) /* APPLIED: APPLIED\nUNDER_REVIEW: UNDER_REVIEW\nREMANDED: REMANDED\nCERTIFIED: CERTIFIED\nWITHDRAWN: WITHDRAWN */,
    "actor_role" VARCHAR(16) NOT NULL /* COMPANY: COMPANY\nBUREAU_STAFF: BUREAU_STAFF\nMLIT_STAFF: MLIT_STAFF\nIMPLEMENTING_ORG: IMPLEMENTING_ORG\nANALYST: ANALYST */,
    "comment" TEXT,
    "comment_is_internal" INT NOT NULL DEFAULT 0,
    "actor_company_id" INT REFERENCES "company_account" ("id") ON DELETE RESTRICT,
    "actor_staff_id" INT REFERENCES "staff_user" ("id") ON DELETE RESTRICT,
    "change_application_id" INT NOT NULL REFERENCES "change_application" ("id") ON DELETE RESTRICT
) /* A step of a change application (C7 for D1): never edited. */;
CREATE INDEX IF NOT EXISTS "idx_change_even_actor_c_39bbc5" ON "change_event" ("actor_company_id");
CREATE INDEX IF NOT EXISTS "idx_change_even_actor_s_07aa26" ON "change_event" ("actor_staff_id");
CREATE INDEX IF NOT EXISTS "idx_change_even_change__0d0c84" ON "change_event" ("change_application_id");
        /* column comment: nothing to change in SQLite */;
        ALTER TABLE "plan_event" ADD "changes" JSON;
        /* column comment: nothing to change in SQLite */;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        /* column comment: nothing to change in SQLite */;
        ALTER TABLE "plan_event" DROP COLUMN "changes";
        /* column comment: nothing to change in SQLite */;
        DROP TABLE IF EXISTS "change_event";
        DROP TABLE IF EXISTS "change_application";"""


MODELS_STATE = (
    "eJztXVt34rrZ/ita3DRZH52VhMmJXnnAydDhkAKZ6XR7L9cxIrgxMvVhMmm7//sn+QA+yI"
    "5tDAiPboKR9crkkSy95/e/jaUxg7r1QVBVw0G2+AMiu9EG/20gZQnxBfV+EzSU1WpzlzTY"
    "ypPuEiheTxmuuz5ZtqmoZNi5olsQN82gpZraytYMREj8wYEyW2pII73JHfD0Bgb93hRYtj"
    "KfgxPh/Oy0DV4XBphpM/yp2MA28KemLoD/0Cb+CtEH8tSZoeKBNPS8qwc4SPu3A2XbeIb2"
    "Apr4Mb/9jps1NIM/oRV8Xb3Icw3qswim2owM4LbL9tvKbesh+87tSH77k6waurNEm86rN3"
    "thoHVvzYP2GSKI/xdIhrdNh0CLHF33pyJA2/ulmy7eTwzRzOBccXQyQYTa+wGbtoYsD0dT"
    "eSJOZbmRmLyAIgS336QaiCCNf6rl/vfP5Cf8+eL84/XHm9bVxxvcxf2Z65brP7xHb4DxCF"
    "14htPGH+59xVa8Hi7GG1AVOwlqF2Nja0tIR9ajiCE780k+BBdxnANUs4AOGg6DdAaM095A"
    "nEyFwQMZfmlZ/9ZdmISpSO5cuK1vsdaTq1PSbuB32HvD14OAb73pZ0C+gn+MhqKLpmHZz6"
    "b7xE2/6T8a5Dcpjm3IyHiVlVkYyKA5aMJdQ7Oquv99YmY7C8UUkbN0Z7aH/30FqTA5w2vq"
    "2CxjuKqZ182OVn5iG52xiLGWMVZ3d20Q/iahrih0pr2vofvxFgnFe8Tvj0XyZPeL/CBMJt"
    "9G424b0FolNHmcPIjDrtwZDR6E4fc2iDWQ0dbjrzsl20i/vihMIp0iDfFdOmXbWCo/ZR2i"
    "Z3tB9oqzjMX9VRh3Pgvjk4uz2IId+ncu3Ft/RBYYMmyYXF5T+DNlOw76l1pQ/i6w4/VUyU"
    "Yh/n0a2SMCDE8Gwt9PI/tEfzS8D7qHMO/0R59iWOPX0TDlQqdfmOT9M7AU5Md3CG4QVY3l"
    "SkFvxTCNEnFUE6i6/GAxTMMkHFEXUcL+zl/ovBp5q5Po3hkm1J7RF/iWONZjmPpSyYSg/m"
    "jBavbeA/Bom9bN803ldS0zRPY//P/j/xraLgL49J6Oe51pg7YfVABtxxvJl5xqi290L8yB"
    "sPui86WbA9rwlpgCLNkinhT15VUxZ3JkryB3jAsj1rLum7y1vFjGWxSkPLvokP+D/OpAl4"
    "EQXtMqXKbpOsL3m5m6jnjP91Qd6SBzdQJb6gRbs3WKYEDkTjqwawKWRc388MbErnxyV5bg"
    "lZC8nowZ5aBKl7yC/rXAd9+iF96MTduSiyvJIoRcV8ayrgyiWZkZDpFVML9M8iq1mF7LNl"
    "aWjDnGH5pKOZk+GYYOFZT2FsdoYzP9hIl3tYuuW8LzW5Q9yj+vn0ajfmRKP/Xi++Pj4JM4"
    "Pjl35xJ30jy2NKkHwG8GnJV7o9Z0e3mlmDm6ju2d+gFNi2pfSOWfQxSl9DylXqHz+FSeH5"
    "pxDqkcTEj+2xKvSZRyP7xFzjdlaLyenG7DPuN/bTZC+pv/+h7JO+PvNJmvzMp50jVrgeft"
    "qaDemULJVaXvqUrDoHG1Uw61E2WVRbRP+HeA4WO/fzDtk20r6iJV97S528zUPEX7vetiM0"
    "IQOCvdUDBnAuaaDnFPwwQGbsbszxKcKGgGXg3zBZqnTYDvKODJ0V/crkA18KmH5wZYEF8o"
    "uktiJd1sdvUQrhtjSzemWTKZt4IySIiKSx85pA/yVsjulwTO6VrICFEtNGUxTeTlZR5N5O"
    "VluiaS3Itb0ZGNd1IPqAJgx+lqiPd5Ls3veYbm9zyp+bW0/9AUGNpzunndp9ifyLX77fn2"
    "4qLVur44a13dXH68vr68OVvv08lbWRv2p9492T0i+FOcGhbKxeVVkeW9oajhwr76mGNdX3"
    "1MXdbkVlzFjvs9Q/kFUhj1DJSjZDWEeifWo4DPLKF3iJFyxUPzKBQP+J93iMAjE8GAqnlI"
    "f8lotDvy4Nwrox95zz7mec0+pr9lHxMv2UpXUEEdz4ZiV2f18UlSG0A94bcYpBEarjB7V2"
    "GGV2AFirIHf5jjWq+5lWSb1zSiHOsIk47QFRvpG28F0Hb98Xr+cEe1evMiTDtxcrgXei97"
    "BSB/Ww9US3gjmyJ9Caerd8OSP9E1PtOkUZ/y7ssY6kpKGFFCadsJjXdkPHsa8rGt4BUR5t"
    "mqCrCuP+DRmsGTeO3HeLBeaZlGhPB6zGNMkMMvxPtWBcn5CM/OJOfqAqqSc311/SQ5t63W"
    "RRsoINgAPdW/TaJpfXX/5nGe0p9iSahyYIr14LeY/SR6wv3OjQsHjeNdL8ZikWJxOi5/JO"
    "UPJmRo1jDegRCdFfsU2Xm25PKi5uLjwj13CFT8xWZeYjlSoAuILId2nVizjZncT5i5zMX9"
    "zMIE73I/ImYx3vzkIQElMOZAQWFO5KQrTnr3ww/LGTAdHYKb0yS7s9VI3DuCNQamqEGCB1"
    "ew7ynMpCr8EGbrynhR7t+yL/+Ww4pUbCkY65ArgrFtfscGnUNE3DOGcIUh9/R9Yd+iKFt7"
    "QjWS6MEdyx17MYGW5f3zSbEodLuZKQ/hjrIV6vl+/kagG88aAj4RkVygRmQR8IIn1BVkvD"
    "QifwEG0t8AvgVs4wWiP1lgoVgLoFmAuEHBGSV1Y7Vjc2GJLWHJnSqZTFQRLjBKVQ0beFiY"
    "d+ybqC4UhKBOx/j9PIohcpZ57obw0GsD/EdCQnfQG+Jr8hHfU/JMQR4uPJ0HT3qY6xo5Nb"
    "C8iUVSivE0w8c8QVmHzIM7X+88KJUCen19Q3XFsmXHKjXjcVqm5pwr4uJTDX+uNDxcmbQM"
    "EUqubmV5lk34A/N4ZV7nKCVPv8HyLPP0tY2aqCTrh2iGRpJnWa0uyyrVf4MnWd1a45vDDX"
    "qXykgs0KJnKKxWuqYqdopKMtmpmaWYVN3ushLrn8NL9fL27FZyrq7mHyXn+rLVkpwbRX1q"
    "u8pCb1SLlHpRgApNW8P/4gwQ620TkIQVbieygE3NMhB41eyF20Z6AMUCmk0UjMYsobrc03"
    "MlRGrSuEk0ZuDknzNtPv9nE7zAlQ2UuQ1Nl3KGV42iu+P6z/IQbII74W+gdZvXleQ3suJs"
    "x50Y3NXxGK3fudJ0n0rTzRSUUeZtqBn23mwIDw/9ntgl6jz3QkKPw644lsfi1574rQ3C30"
    "itkYGAG9yqJt6VhDrieNq7c8dYX0qIMLXdsfBt2AbryzIKwvOLPHkRLtLTIlzEdVY8F932"
    "uei8PTUJ4V8no2GKNLEhicuKmmqD/wFds47RWycDNwJGREJMJBiO5xJuRkU/MkA8wTA5do"
    "rgHvTnoG8BugkxAzbDqC7pRvz0ZNpJyjqYFbJ0IzspaERY0VJaqiglVzkzrabaMLoFZzlC"
    "yBXOLM/xXDMtW1ZUFctNpeaaOgBXP7M852upu4ydOEbLZ5rpmeb+AMkJrrE/gLOalZzvKC"
    "Wf78PPN+UFT+SlYDI659hUjjyp0na2mLSkSnnCZkP+LT8geW4C7CL5VTzDivijsrjwQzAe"
    "+82sEoYs1VS1RvRdIxVc98zhPW/ZcOV6svtGIRAycYGTzrWbRb17fop/NMmNDuBMs+m+8l"
    "uMxD3j2TLysB1GzCWRkpII3gqoRp58trsNNeN++A/9757p7ruExG5v2gbk78b8trG+EePd"
    "5PHTgPQJriQkdDriA27xPgMDX2DeC4x73wPT3vcyJrybHBa8m1QD3k3cfjc3jaW8nWk2Ng"
    "TDKvlf0D6LX+rtZjcyAJ9blubWK7NuGnpKMoJcO3NoBKZ3585o8CAMyd7pXUjo0+NYFB5l"
    "fLbd3bVB+JuEBv3eNLizuZZQb/DQFwficNob3suj8X0bxFvwLj4U+t8nZBv3LkpN9lWeyY"
    "4f6aHJvkqW+yhsLuV20q3spD58smbJ+CdAEymUUMTM4kEpI/BCQjkKCXlbUylfexop9w9P"
    "QbiE332SkKOb4tUV9vstGDCSRs8Vv++HOlB9rreNeqD5fR8X7LkjH9LWXp70LOHNtwrYf4"
    "1gE9qZlRttHnlSDOYcGYcOFIASXew0lX7idcjQ6vurSQl1zlVz1Utes4Im8IcAJ8L5aRNo"
    "M8zNehEfT29Asy2A9weIl1QbkPw7hqnZuOv/gZUJ51C1HROeusEbWA59gia99OoOn8WNA2"
    "wZB9ypLpi/O0zDU+bEtATJFCLuO2Lhozt4RcpqhqgDMa0gGvSGvclUHLdBcCWh+9FXcTwc"
    "4bbgigGVewDtZucq9EJQqeug34nlFM0BerqyNKErDWDzjocygG8oWX4Nyu5EeTai9H0oDe"
    "2CVUVjZHy/z73f2/AnRTX8PtIBXQ2X9E6KQAcsddEM0HG6GuK9k4K5cKloKQkA6UCvCeqI"
    "8GWe/QP3ykizndhBVoplvRpYcC2azjJBWEvEd5DYfA2cp2Yr4++dMgT3omLaiwoPBW259A"
    "uXQl5D1n8Xb10MvfIJ+TIH4gFVLL+ArKcgSU5sQ+hMe1/FRmJyQ+0xNyj3BvFBJJ8SmjxO"
    "HkTP02l9Sdyf+qIw8dyfvKsyipHbHK/pbepLestziVRvdeYhgxSQjzOELC1kMGH4zhOg49"
    "uA5CoCdXzjU95IHTYPtOyS0X7hhm2BilavqCFO4cChvYZ/HSNYJNRuS5Cqi0VkE55KVhIB"
    "qW7raJdeB5FCsRSfg3gh2XSPg0QJ2zx5Lq+u5jeSc3tzCcnfs0tSOh3CtpcMkhTRIeGBbi"
    "JJ/OAPM2OJcfmgKraiG88OBIoNoFuJdKk9m17MoOkgWnX23T1oC08DFaNYTJM8q1CDzJBx"
    "pJoa1s0M/4M021+qeJFq8uO1MF14ChpBuPGjmPHDhP92NBNS/GUyow7CZDzUIEeowQqa8q"
    "thvtD2hkyko4Qc6xxYk7eGJH2msHip23CEZn87cessjrDXwpDLey7Jf13/cVtpttpamWzw"
    "1VHjPmbvMItcFUyd0HhHdrodRA4Rf64M0x5D1TCjPDLtfqYcAt2esrnp+q4cIrqsPeEdgU"
    "cNTjqj4XQsdKYflrPTNnhdGE1AktaTv4rd9CSF14WmLkgae5vm4FzVoNyTmS1PZrbTnPBs"
    "qqWznPB4+l8mnv4XKS4bKimLp8IvNVtmCiouLmsrJj7MiqgPNhQsI15SgXCZR39wma4+uE"
    "xoDzz2QQ7/ugTY6bkj6NS1AH7feSRMfAqtA/ByMmIRmh1F1x+17vEQ5QIZY712HER/iKBi"
    "xhDOG1XMbDxxn0RP3imaTsLEKBJ15H4zS6L24jDnoa65IokJAZx5Qb5N4O5opFwcNP2431"
    "7XDdp1w3/dmvHArxkPToTb0w9AQEHDnyyAN0WAH2UkxOydPUlCBDDLrWC3HgY/Fs6awCIl"
    "8CxHVTHJ3NH9+3ODMCkWMJD+hskUmzzRMhAe1HhFAL8bhpW7at0LfJNfcAvpH4RSuf8mL1"
    "+3d5E/PBdlBIYwPctsFGZs7ntDuddtg+BKQp1+D0t0stDt4h1tgmXGyPdSAl2eUJbz9EiW"
    "80QgS8FYw0pjDA/NXMUSDeYJWMa9MlINJoOWDxG7zxoPu3uYN9t7Aud3CvmECZny3uV6xo"
    "JOuztnCPuG+pLKDbo3c7CCetAvR6r4NetkJJgvMgzm0wzHBphj03TwT69Fdr/902POEgxf"
    "NUNSWLAkz/U7N7RwrotzXZzrOgzXtdm4inIEcVrOFDDHFPDILR65dQAmcOTYT8bPAUmUQe"
    "ECQ3cz2UDD7ScH+Tbe5QPTJ517tzDGdG3DcB0DszUVBw+jsTD+Lj8Ik8m30RizXck2CQVX"
    "Mua3xGkbRL/j+31hKG8qSUS++ndDNSWi39fUfxU70xC193V99+voS+im+01CHos4/TweTa"
    "d9cc0zrhsw6/hZGN6L4afHWySEf2ivL3vtuEPkaynmMhcDlMH/JNgfvH36Ql0hP4EIFcsL"
    "sWywwS7yAFnO07+gWsghI0RSR5R3EdLxZMwo8lK6G0bQvw7q0337XaiKaWrQkjF/7OYSLl"
    "6+gzoAD/PIEeZBcqWU9qJcE+9qV0kwa42/PYqP/qkXWfmh9igL4d1oA+9TQhNx2O0N79vA"
    "v3Bbpu5XzCjc4aOV9PY+yxyuWRxd8K5cp+5E14nSUbYNlytaREh61Y8Qyf6CcBIxOAcOwY"
    "nEP+JtW/ZhKSG3U8j3kj6Ku4eX1NDoCp6Cktq4BDHPFMb8XMu28QJTqp5mzPKGrA5cW/QY"
    "auVJy91Kz8vdSibmVixbhqZpUIJv0/niKFUdcN47d8z1zZTFXi99czSjFSrDpITI+InF2o"
    "nFiD3BTUpFsSQEyarSbQiroMcujQe/NXAHZ71haTPuOrtfewLraVeT6oDuWLibJrUBm+ao"
    "MsBtbwP3gwTZ7a8QNaEPDAgb28HabLC2GHSEYUfsuzqI9WUpHX/lRax50tftC7mG6jQWr2"
    "9Dp66EpWYou9hFPmV+hi4/oUIjuJVioKOUXOfDGFcVnuQI51BkjiOEfIoZnuK5Zlo2qZEJ"
    "V+XkYeoAXFhiec5VaJLaovjUK1MRjk5dtxOzlefEbKWfmK1k8SwPt3JKpxgtf79Yfr9MuF"
    "TQjJSzDtLF5VXsJim5cre4cvfJMaHilJW4N9Q7wr6CTa3xefTli9DrjtoguJLQdISvH9vA"
    "+5TQF2E4xR3cDwmRtnGP3A+uiJ/c46dH4hyHP3D/3vBLD/cnH+69e3c4/0JCk8+9L26Lf4"
    "Epvj9OPuMG71NCI0wrfBPawL8oI2NXXG5WNcyVYZY86Si07K6JspEbrTw6jVa6TqPFVJVI"
    "xra+veRJXpGiXMhWbO0HLIx6Cnn9wN9JRdQFVGayMcfscNmK1ukj1G6rqbiodRi5Eo7SKe"
    "T1W/itXAu/lbHwW8mFv8IgFVrna4L6AVy9dnXPhX/ZRncX/v6q6ljyk2NpCL/2BRN70Gjr"
    "B3v1wdL/UtStotnD9Azj3RiIxE2cZH8Vhr1/CNPeaNgGlEZSnfLhYTR2c8V690mVylhTKT"
    "tlntKU5+m1Kc8TxSkJ9ob5rCDtP76trCCbmToAwzPJEpc/xw+WiWpP9tLtFU2pmUrP02sm"
    "TcpzL8ujn/rQUd0F65U6KQ58nrH4JCQnYWYsoWVrKqljYDqa7VZWK5nPN89YddiI9q5pVS"
    "wM6tJA9kJ/ky1FV0xKgF/qu5FGzl+H5OuwUDDTaSCaJ1lmGF+Erlz0HmPI7ieGz8Use79J"
    "53aoxHXYYPbA6ZQ8Zys5UmsXpOf5ZRBxivB9ZorhOcVRi0KbZXg+vtWcASUxJKdjCWlSbC"
    "4kIVV+/aVwXJnGz+LWoShV/fbSnZgnPNDCcndxyOPU9YN+J8eYB15hRW6MrIZg70Kd66FW"
    "3CYRJash2JVbJjzIiFCxMl4xv2XMSRC/YSJaJszs8rHZI3FRJbeoQh7qKTRULEGnbPPZuV"
    "7oI/BkL0XQJwFgFt5ryE8qCX9sCI5/Hvx5KDflGKhvKLezmpWc7ygln+/DzzfFnZpSl9pz"
    "CywUnBwl4vXO3q135gOWhLhwxbOON5KgrlVxxwX0H8FaeqfsWXSJFS58dugS9dXtXfusUb"
    "9Q0DOUQ0G7W0LWcQcUNuPVFTn4Y/v1RTJaiD9qvLzwIoCYE68Apr43Ul2B8owtW+L0zR2k"
    "ThDtOs2M9/Kl5JpZv5nZCWdkuO7Hc9YfE/PWBOk5ZkpkYdijDMRj88vFkSpqusXmfXfZDT"
    "XL6ckbE+GrKPsphDbXxDf206BH2tzPTf6fTfofkukn6BVcSUjodMQH3OJ9BhmGgvxCQXah"
    "70Fuoe9BDqEgg1CQPyhIH+RmNBqP8A/zUwf5Dr20VgnhV1UcD4W+3BkNBm4K5HhLvuoEfg"
    "sGLtolaGjk23Z2bAyYm8ZS3i6/VWwIhk0wPM/VFnmu8C633TqJDMBXST1XCT6yDFM2Db10"
    "8vzoCEwffPg8eBCG5CDyLiT06XEsCo8yZhvu7tog/E1Cg35vGtzZXOMDZ/DQF8m5QiJGRu"
    "N7fODEWvAixMfP9wk5E72LUpN9lWey49xSaLKvKGHiRdNj8LwY2yU99uCTNUvGPwGaqHhN"
    "EPoI3E6Zx07pqhopB+BfJ6NhCtwbkrikpqk2+B/QNesIXeMz8CZYZK/7+BKPyV1kgPi69w"
    "6FUnYkGumOohOOTx8RR9iLLCuBb5iQo5tA11XbFYI1RMFtn+/aPoM83FsaPoOE38eFbV5z"
    "Z2hJpdg6U7fcQxiV2doR8oJMO25yo+3uohVgPSHjPFq5TDPHDHP41Clsvt+1qScwIKYYe0"
    "L2xXfMPXqo53sGn8YIQSA5l3heJOdGuZhJztXt1Yxct85xewvOwQL/C+DpDdgLCPyF+heg"
    "6Dow5qRtCRQTAs+PFM7ASXc0EHpDPOjZmXJ9/qF1+iEufe7todxoxZbRCrPtGt3Akc7XhE"
    "h4gJ+7lTkYBVOzKYdsTo1ZeACGtSqNQW/Ym0xJjpTgSkL3o6/ieDjCbcFVGd1WxSkny+WB"
    "20vut0OGolSb/O3ZVGaltcRrYoZhbtyLQ3Es9PHS9i4kNHkQOz3S4l+UWesVV1ItnlS1xq"
    "lU86jI0zXkCQX5D0XXMutt0gGOkf3SkcZcccIVJ4cWNtMUJx1h0hG64qGEzDEGuq8tNTvV"
    "qTDWo5klarpZsnXSuYB/oSv5ORYkUpyCgOewhK/eDNyu4hY8Ac/P0ASvGl42jg104/kZTw"
    "nQEDhZKZb1apgzQLIX201ACknjbdVLIJSQLyt/ioRM+KyRf5AMd9oErmIKC58rPJKtmFjG"
    "xM/wvqq6hiEBfpJZ9zl4bAVfoJnxCk6E27wC6m8hr64XL05WsXlBvz07W2a45aVaOY7AFa"
    "8k11N9UeQXWix5Orov1IDxOkC7k1wJbPsKs8JNHoWzcII1OwwrsTEYULiIiDUhnYHwlPFO"
    "0O9d1uGTW6Wl6fpCNYG2XOmQeKbg2f6zYT67Ry/+ufqbhc9dz2hk4YP2/Iyc1F7YN9EnE3"
    "5gttSQd5AbZlI5vcPncH00W+c65vs0uriYfvaEaao5gBiqgXaV5/S5Sj98rhJnzzaundyp"
    "8wicOhkvvVXJHPPaWzkNITPNWulK8VR/cbr9vfGNRmItVLab7ibBn6+fIHm0FoXMTXFClr"
    "fV0uLTZS7x6TJDfLpMRdxzzi2ThyZlCC5gMSdghSdes2Six/lB2coyfeYjdHv0lA/4xvC0"
    "rnlJlv3keT4vysZ2nPmd0vJ5FVBcRPIvE/la9rSp2+bK8QbLm86ETTNodpKOAK8qUr/8Cn"
    "AhhP9FFVaRiCk0VE3RmhmvSDeUWWUpq7r+gMfL5WQDZkHLqmDbcuzFxBuppgvLT/FVxabl"
    "Jfeq854Ff64Mc1uYRHeQMVSxSFLXt2+T+WiPOdCOZUXt0jY0DRwmxiF3iQbFTkTv2MyyGa"
    "2dMWQzTvOu/UhyPkIIJef66vpJcm5brQtwIlyctsHCwP8WUICr2Qe9LpgbJmjhZse0gOtV"
    "ByTn6vpCjdCSoATi2GMBzf4AiMeJaby6zh/BOG3gOTlFrEsH+RUSwtuGRgIliAeMZgET4t"
    "dDhesIC3zfxo140Vp2E1iG2+itYuCuXWBB29bxY/BaUh3TJN4tfn+Lm7a4aYtJiHds2vLj"
    "rOStAzKoA7GsnT2eyIwA2nIRGnRqhi1VbERqBLAVDxVIUrL8GrARNBBgVtCHLka2K5wPt+"
    "FX76UYQGZjbqkM1AFdDdf0TkydQVR8UWtynK6GeO+kgFnh0mXbFS1jHOGdVC3jxvs9G+89"
    "wdcqYVuMUvK8ySxb6gM1SCkbcoy2gplmjNmv1UxzXwHKPvrL+grsUpHtV6ugaK43dSzSVd"
    "Wvmz7vqqYFV2vrZbYBbgac+bXkXF9c3+Lrp1tFcq4ubs4k5+ZsPsMtt+dX+O8Vuf4In/Dd"
    "1hl0/z7dkr/qDTj5dNkEsZw4l6cfQM+2gDYDCP4gQYperklgIBUCzF9ozwjOkvEQrP04rm"
    "lmS9PMk/pUkNSnqIjLq6IX0iQg106o6KlK+jSUI2S1S19Ssd73STPthRykGUnyZnSQo1S/"
    "cvISC/4sa0LySRneDhoDoS+2AfkroTvR++Z9lrETVaxE/5eB0cQQPRtmaTNefAx2t4tGp/"
    "e1128D94MErPX63d7wngSreVcS6vfuxH5viOcouGLAmkd4apLE00wR/ugbTJTqV95gXCQg"
    "onDB76Dn0/zK2FmKTvyOiKRXepOODrHHILeJMBAbCRjXrfH6XAORVOYa4I2627u7E8duWa"
    "v1ZZmN4DbHRnCbuhHcxjcCH0llGeSGzil4JOh2lHt+v/xzxbKIqjqW7KkvCjoQJSkZZkjK"
    "yid5zELn6Vah84RRKIqabELFKl8DMHUwhmeiQfyFJqIwaYPgSkLi4KE/+i52ZbE/Eb99xj"
    "sPHkIm/oxpd8rsSxe5jHwZNr5kwgNoaTOIpwbzguashA9M6gAMz2DZd6nyemJwudKNN7di"
    "0XbV56gD7fHEfugLw6FfpS0yD+Eb0bfIv9MG/oWEvo3GX1y+3r+gV4LDzL5ICtiRvxKajo"
    "XhBB/0Y/yCTUfy9PuDeNEGtFbCHUw6I5Kh4pEMGP5W6l2svFrlD2haxTSTIYr9KSbP45N8"
    "zhAzwO1tFJDrZW/jCXR5At26JNANZz0MAk0ri1g9Pn7rIBFgAjQ1ddGgGM79O80sw7my6f"
    "Oe4TwdBm4kZstInMqJpctB6awYd3ZMcXYkL1UBhP3uNUR3R+7oyKaWL84o57oh2aqcK2to"
    "Z4BbWT3Xg3qB/fH/dvnHiA=="
)
